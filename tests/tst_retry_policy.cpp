// SPDX-License-Identifier: GPL-3.0-or-later
// The webhook retry policy on its own: the schedule and its jitter, Retry-After and its cap,
// 410 Gone, and turning a subscription off after failing for too long.
#include "core/webhooks/RetryPolicy.h"

#include <QDateTime>
#include <QTest>

using namespace rmx::webhooks;

namespace {
constexpr qint64 Hour = 3600 * 1000;
constexpr qint64 Now = 1'800'000'000'000;

RetryPolicy::Failure failure(int roundAttempts, int status = 500, qint64 failingFor = 0)
{
    RetryPolicy::Failure f;
    f.httpStatus = status;
    f.roundAttempts = roundAttempts;
    f.failingSince = Now - failingFor;
    f.now = Now;
    return f;
}
} // namespace

class RetryPolicyTest : public QObject
{
    Q_OBJECT

private slots:
    void followsTheScheduleThenGivesUp()
    {
        const RetryPolicy policy({10, 60, 300}, 120 * Hour);
        const auto first = policy.afterFailure(failure(1), 1.0);
        QVERIFY(first.retry);
        QCOMPARE(first.nextAttemptAt, Now + 10'000);
        QCOMPARE(first.disable, DisableReason::None);
        QCOMPARE(policy.afterFailure(failure(2), 1.0).nextAttemptAt, Now + 60'000);
        QCOMPARE(policy.afterFailure(failure(3), 1.0).nextAttemptAt, Now + 300'000);
        const auto last = policy.afterFailure(failure(4), 1.0);
        QVERIFY(!last.retry);
        QCOMPARE(last.disable, DisableReason::None); // the delivery failed, the webhook stays on
    }

    void jitterScalesTheDelay()
    {
        const RetryPolicy policy({100}, 120 * Hour);
        QCOMPARE(policy.afterFailure(failure(1), 0.8).nextAttemptAt, Now + 80'000);
        QCOMPARE(policy.afterFailure(failure(1), 1.2).nextAttemptAt, Now + 120'000);
        for (int i = 0; i < 1000; ++i) {
            const double jitter = RetryPolicy::randomJitter();
            QVERIFY(jitter >= RetryPolicy::JitterMin && jitter < RetryPolicy::JitterMax);
        }
    }

    void retryAfterReplacesTheScheduleUpToADay()
    {
        const RetryPolicy policy({10, 10}, 120 * Hour);
        auto f = failure(1, 429);
        f.retryAfterMs = 42'000;
        QCOMPARE(policy.afterFailure(f, 1.2).nextAttemptAt, Now + 42'000); // no jitter on it
        f.retryAfterMs = 30 * 24 * Hour;
        QCOMPARE(policy.afterFailure(f, 1.0).nextAttemptAt, Now + RetryPolicy::RetryAfterCapMs);
        // It does not add attempts: the round still ends when the schedule does.
        auto end = failure(3, 503);
        end.retryAfterMs = 1000;
        QVERIFY(!policy.afterFailure(end, 1.0).retry);
    }

    void parsesRetryAfter()
    {
        QCOMPARE(RetryPolicy::parseRetryAfter(" 120 ", Now), std::optional<qint64>(120'000));
        QCOMPARE(RetryPolicy::parseRetryAfter("0", Now), std::optional<qint64>(0));
        QCOMPARE(RetryPolicy::parseRetryAfter("-5", Now), std::nullopt);
        QCOMPARE(RetryPolicy::parseRetryAfter("", Now), std::nullopt);
        QCOMPARE(RetryPolicy::parseRetryAfter("soon", Now), std::nullopt);
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(Now, Qt::UTC).addSecs(90);
        const QByteArray date = at.toString(Qt::RFC2822Date).toLatin1();
        QCOMPARE(RetryPolicy::parseRetryAfter(date, Now), std::optional<qint64>(90'000));
        const QByteArray past = at.addDays(-1).toString(Qt::RFC2822Date).toLatin1();
        QCOMPARE(RetryPolicy::parseRetryAfter(past, Now), std::optional<qint64>(0));
    }

    void goneTurnsTheSubscriptionOff()
    {
        const RetryPolicy policy({10, 10}, 120 * Hour);
        const auto d = policy.afterFailure(failure(1, 410), 1.0);
        QVERIFY(!d.retry);
        QCOMPARE(d.disable, DisableReason::Gone);
    }

    void failingTooLongTurnsTheSubscriptionOff()
    {
        const RetryPolicy policy({10, 10}, 5 * Hour);
        const auto before = policy.afterFailure(failure(1, 500, 5 * Hour - 1), 1.0);
        QVERIFY(before.retry);
        QCOMPARE(before.disable, DisableReason::None);
        const auto at = policy.afterFailure(failure(1, 0, 5 * Hour), 1.0);
        QVERIFY(!at.retry);
        QCOMPARE(at.disable, DisableReason::FailingTooLong);
    }

    void emptyScheduleMeansOneAttempt()
    {
        const RetryPolicy policy({}, 120 * Hour);
        QVERIFY(!policy.afterFailure(failure(1), 1.0).retry);
    }
};

QTEST_GUILESS_MAIN(RetryPolicyTest)
#include "tst_retry_policy.moc"
