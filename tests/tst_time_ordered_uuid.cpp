// SPDX-License-Identifier: GPL-3.0-or-later
// Lead ids: RFC 9562 version 7 UUIDs whose text sorts by creation time.
#include "core/util/TimeOrderedUuid.h"

#include <QSet>
#include <QTest>
#include <QUuid>

using namespace rmx;

class TimeOrderedUuidTest : public QObject
{
    Q_OBJECT

private slots:
    void isAVersion7Uuid()
    {
        const QString id = TimeOrderedUuid::generate(1'700'000'000'123);
        QCOMPARE(id.size(), 36);
        QCOMPARE(id, id.toLower());
        const QUuid uuid = QUuid::fromString(id);
        QVERIFY(!uuid.isNull());
        QCOMPARE(uuid.variant(), QUuid::DCE);
        QCOMPARE(id.at(14), u'7'); // the version nibble (Qt 6.4's QUuid::version() stops at 5)
        // The first 48 bits are the Unix time in milliseconds.
        QCOMPARE(id.left(13).remove(u'-').toLongLong(nullptr, 16), 1'700'000'000'123LL);
    }

    void laterIdsSortAfterEarlierOnes()
    {
        QString previous = TimeOrderedUuid::generate(1'000);
        for (qint64 ms = 1'001; ms < 1'200; ++ms) {
            const QString next = TimeOrderedUuid::generate(ms);
            QVERIFY2(previous < next, qPrintable(previous + u" !< " + next));
            previous = next;
        }
    }

    void idsInTheSameMillisecondDiffer()
    {
        QSet<QString> seen;
        for (int i = 0; i < 10'000; ++i)
            seen.insert(TimeOrderedUuid::generate(42));
        QCOMPARE(seen.size(), 10'000);
    }
};

QTEST_GUILESS_MAIN(TimeOrderedUuidTest)
#include "tst_time_ordered_uuid.moc"
