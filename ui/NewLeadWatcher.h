// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/store/LeadRecord.h"

#include <QObject>

namespace rmx::ui {

class BackgroundReader;

/// Notices leads that arrived since it last looked (after each commit), for notifications.
/// Imported and test leads do not count as arrivals.
class NewLeadWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewLeadWatcher)

public:
    explicit NewLeadWatcher(BackgroundReader *reader, QObject *parent = nullptr);
    /// Starts from the newest lead in the database: older ones are not announced.
    void start();
    /// Looks for leads newer than the last seen one.
    void check();
    bool isStarted() const { return m_lastRowId >= 0; }

Q_SIGNALS:
    void arrived(const QList<rmx::store::LeadRecord> &leads);

private:
    BackgroundReader *m_reader;
    qint64 m_lastRowId = -1;
    bool m_checking = false;
    bool m_again = false;
};

} // namespace rmx::ui
