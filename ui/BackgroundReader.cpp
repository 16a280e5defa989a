// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/BackgroundReader.h"

#include "core/store/DbConnection.h"
#include "core/store/StoreError.h"

#include <QLoggingCategory>
#include <QThread>

Q_LOGGING_CATEGORY(lcReader, "remixcrm.ui.reader", QtInfoMsg)

namespace rmx::ui {

BackgroundReader::BackgroundReader(QString databasePath, QObject *parent)
    : QObject(parent)
    , m_path(std::move(databasePath))
    , m_thread(new QThread)
    , m_worker(new QObject)
{
    m_thread->setObjectName(QStringLiteral("ui-reader"));
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();
}

BackgroundReader::~BackgroundReader()
{
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
}

void BackgroundReader::read(QObject *context, Query query, Done done)
{
    QPointer<QObject> guard(context);
    const int delayMs = m_delay ? m_delay() : 0;
    // The answer is posted to this reader (which outlives its thread) and checked there, on the
    // GUI thread, because only that thread may safely ask whether `context` still exists.
    QMetaObject::invokeMethod(
        m_worker,
        [this, path = m_path, guard, delayMs, query = std::move(query), done = std::move(done)] {
            if (delayMs > 0)
                QThread::msleep(ulong(delayMs));
            QVariant result;
            try {
                auto &connection = store::DbConnection::forCurrentThread(path);
                QSqlDatabase db = connection.db();
                result = query(db);
            } catch (const store::StoreError &e) {
                qCWarning(lcReader).noquote() << "read failed:" << e.message();
            }
            QMetaObject::invokeMethod(this, [guard, done, result] {
                if (guard)
                    done(result);
            });
        });
}

} // namespace rmx::ui
