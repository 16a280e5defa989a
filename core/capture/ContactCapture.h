// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/capture/CaptureInput.h"
#include "core/store/ContactStore.h"

#include <QMetaType>
#include <QSqlDatabase>

namespace rmx::capture {

/// Where a capture came from, for the spam table and the lead history.
struct CaptureOrigin
{
    QString clientIp;
    QString userAgent;
    QString publicBaseUrl;
    /// Why the hosted form's checks failed (honeypot, too_fast, bad_token, expired_token);
    /// empty when the submission is not spam.
    QString spamReason;
    /// The owner acting (e.g. restoring from spam): the new-contact ceiling does not apply.
    bool byOwner = false;
    /// The mail channel of an inquiry: "capture" for POST /capture, "form" for the hosted form.
    QString mailChannel = QStringLiteral("capture");
    /// Restored from the spam folder: the visitor gets no auto-reply (it would come late, and
    /// the checks did not pass).
    bool restoredSpam = false;
};

/// The outcome of a capture, decided inside the write transaction.
struct CaptureResult
{
    enum class Kind { Created, Updated, Spam, CeilingReached, Invalid };
    Kind kind = Kind::Created;
    store::ContactRecord contact;
    QString leadId; // when the capture also created a lead
    qint64 retryAfterSec = 0; // CeilingReached
    QString error; // Invalid
    QStringList fields; // Invalid
};

/// Creates or updates a contact by email inside the writer's transaction, with its
/// `contact.created` / `contact.updated` event, and the lead (with `lead.created`) when the
/// capture is an inquiry (see CaptureValidator). Runs only on the writer thread, so two captures of
/// one new address never race: the second sees the first's row.
class ContactCapture final
{
public:
    static CaptureResult capture(QSqlDatabase &db, const CaptureInput &input,
                                 const CaptureOrigin &origin, qint64 nowMs);
    /// Captures a submission kept in the spam table as if it had passed the checks, and marks
    /// it restored. Invalid when there is no such submission or it was already restored.
    static CaptureResult restoreSpam(QSqlDatabase &db, const QString &spamId,
                                     const QString &publicBaseUrl, qint64 nowMs);
    /// The /capture answer: {"data":{"id","email","first_name","last_name","stage","source",
    /// "created_at"}}.
    static QByteArray responseBody(const store::ContactRecord &contact);
    /// The contact stages in pipeline order (lead, qualified, opportunity, customer).
    static const QStringList &stages();
    /// Stages in pipeline order; a capture never moves a contact back along it.
    static int stageRank(const QString &stage);
};

} // namespace rmx::capture

Q_DECLARE_METATYPE(rmx::capture::CaptureResult)
