// SPDX-License-Identifier: GPL-3.0-or-later
// WAL checkpoints happen beside the writer thread, not on it, and still reach the database file.
#include "core/store/WalCheckpointer.h"
#include "core/store/WriteQueue.h"

#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace rmx::store;

class WalCheckpointerTest : public QObject
{
    Q_OBJECT

private slots:
    void committedPagesReachTheDatabaseFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath("test.db");
        WriteQueue writer(path);
        QString error;
        QVERIFY2(writer.start(&error), qPrintable(error));
        QVERIFY(writer
                    .run([](QSqlDatabase &db) {
                        QSqlQuery(db).exec(
                            "CREATE TABLE blobs (id INTEGER PRIMARY KEY, data BLOB)");
                        return QVariant();
                    })
                    .ok);
        const qint64 before = QFileInfo(path).size();
        // 64 commits of 16 KiB each: 256 pages, far below the writer's own automatic checkpoint
        // (WalCheckpointer::WriterBackstopPages), so only the background checkpoint can copy
        // them into the database file.
        QVERIFY(256 < WalCheckpointer::WriterBackstopPages);
        for (int i = 0; i < 64; ++i) {
            const auto outcome = writer.run([](QSqlDatabase &db) {
                QSqlQuery q(db);
                q.prepare("INSERT INTO blobs (data) VALUES (?)");
                q.addBindValue(QByteArray(16 * 1024, 'x'));
                return QVariant(q.exec());
            });
            QVERIFY(outcome.ok && outcome.value.toBool());
        }
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(path).size() >= before + 64 * 16 * 1024, 10'000);
        writer.stop();
    }
};

QTEST_GUILESS_MAIN(WalCheckpointerTest)
#include "tst_wal_checkpointer.moc"
