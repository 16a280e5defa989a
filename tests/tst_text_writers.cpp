// SPDX-License-Identifier: GPL-3.0-or-later
// The hand-written text writers give exactly what Qt's own writers give: ISO times as
// QDateTime writes them, and JSON strings as QJsonDocument writes them.
#include "core/util/Clock.h"
#include "core/util/OrderedJson.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

using namespace rmx;

class TextWritersTest : public QObject
{
    Q_OBJECT

private slots:
    void isoUtcMatchesQDateTime()
    {
        QList<qint64> times = {0,
                               999,
                               86'399'999,
                               951'782'400'000, // 2000-02-29
                               4'107'542'400'000, // 2100-02-28
                               4'107'628'800'000, // 2100-03-01
                               1'795'000'000'123,
                               253'402'300'799'999, // 9999-12-31T23:59:59.999
                               253'402'300'800'000, // year 10000: Qt's path
                               -1,
                               -86'400'001};
        QRandomGenerator random(20261123);
        for (int i = 0; i < 20'000; ++i)
            times.append(qint64(random.bounded(253'402'300'800'000.0)));
        for (const qint64 t : times)
            QCOMPARE(Clock::isoUtc(t),
                     QDateTime::fromMSecsSinceEpoch(t, Qt::UTC).toString(Qt::ISODate));
    }

    void jsonStringsMatchQJsonDocument_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("plain") << QStringLiteral("Ana Lima");
        QTest::newRow("empty") << QString();
        QTest::newRow("quotes and backslash") << QStringLiteral(R"(say "hi" \ bye /)");
        QTest::newRow("controls") << QStringLiteral("a\nb\rc\td\be\ff") + QChar(1) + QChar(0x1f)
                + QChar(0x7f);
        QTest::newRow("only controls (the longest escape)") << QString(40, QChar(0x1b));
        QTest::newRow("accents") << QStringLiteral("Zoë Müller, São Paulo, Çağlar");
        QTest::newRow("cjk") << QStringLiteral("婚礼摄影");
        QTest::newRow("emoji (surrogates)") << QStringLiteral("party 🎉 time");
        QTest::newRow("lone surrogate")
            << QStringLiteral("x") + QChar(0xd800) + QStringLiteral("y");
        QTest::newRow("high surrogate at the end") << QStringLiteral("x") + QChar(0xd83c);
        QTest::newRow("line separator")
            << QStringLiteral("a") + QChar(0x2028) + QStringLiteral("b");
    }

    void jsonStringsMatchQJsonDocument()
    {
        QFETCH(QString, text);
        const QByteArray qt = QJsonDocument(QJsonArray {text}).toJson(QJsonDocument::Compact);
        const QByteArray ours = OrderedJson().add(QStringLiteral("k"), text).toJson();
        QCOMPARE(ours, "{\"k\":" + qt.mid(1, qt.size() - 2) + '}');
    }

    void otherValuesMatchQJsonDocument()
    {
        const QJsonValue values[]
            = {QJsonValue(true), QJsonValue(false), QJsonValue(),
               QJsonValue(42),   QJsonValue(-1.5),  QJsonValue(QJsonArray {1, "a"})};
        for (const QJsonValue &v : values) {
            const QByteArray qt = QJsonDocument(QJsonArray {v}).toJson(QJsonDocument::Compact);
            QCOMPARE(OrderedJson().add(QStringLiteral("k"), v).toJson(),
                     "{\"k\":" + qt.mid(1, qt.size() - 2) + '}');
        }
    }
};

QTEST_GUILESS_MAIN(TextWritersTest)
#include "tst_text_writers.moc"
