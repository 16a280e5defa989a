// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/overview/OverviewPage.h"

#include "core/leads/LeadUpdater.h"
#include "core/store/LeadStats.h"
#include "ui/BackgroundReader.h"
#include "ui/LeadPresentation.h"
#include "ui/overview/WeeklyLeadsChart.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace rmx::ui {

namespace {
struct Snapshot
{
    store::LeadStats::Weekly weekly;
    QMap<QString, int> byStatus;
    QList<store::LeadRecord> upcoming;
};
} // namespace

OverviewPage::OverviewPage(BackgroundReader *reader, QWidget *parent)
    : QWidget(parent)
    , m_reader(reader)
    , m_chart(new WeeklyLeadsChart(this))
    , m_pipeline(new QLabel(this))
    , m_upcoming(new QListWidget(this))
    , m_refresh(new QTimer(this))
{
    setObjectName(QStringLiteral("overviewPage"));
    auto *weekly = new QGroupBox(tr("Leads per week, by source"), this);
    (new QVBoxLayout(weekly))->addWidget(m_chart);
    auto *pipeline = new QGroupBox(tr("Pipeline"), this);
    m_pipeline->setObjectName(QStringLiteral("pipelineSummary"));
    m_pipeline->setTextFormat(Qt::RichText);
    m_pipeline->setWordWrap(true);
    m_pipeline->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    (new QVBoxLayout(pipeline))->addWidget(m_pipeline);
    auto *upcoming = new QGroupBox(tr("Upcoming booked dates"), this);
    m_upcoming->setObjectName(QStringLiteral("upcomingBooked"));
    m_upcoming->setAccessibleName(tr("Upcoming booked dates"));
    (new QVBoxLayout(upcoming))->addWidget(m_upcoming);
    auto *lower = new QHBoxLayout;
    lower->addWidget(pipeline, 1);
    lower->addWidget(upcoming, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(weekly, 3);
    layout->addLayout(lower, 2);

    m_refresh->setSingleShot(true);
    m_refresh->setInterval(1000);
    connect(m_refresh, &QTimer::timeout, this, &OverviewPage::reload);
    connect(m_upcoming, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        emit openLeadRequested(item->data(Qt::UserRole).toString());
    });
}

void OverviewPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

void OverviewPage::dataChanged()
{
    if (!isVisible())
        m_stale = true;
    else if (!m_refresh->isActive())
        m_refresh->start();
}

QString OverviewPage::pipelineText() const
{
    return m_pipeline->text();
}

void OverviewPage::reload()
{
    m_stale = false;
    m_reader->read(
        this,
        [](QSqlDatabase &db) {
            store::LeadStats stats(db);
            const QDate today = QDate::currentDate();
            return QVariant::fromValue(Snapshot {stats.weeklyBySource(today), stats.byStatus(),
                                                 stats.upcomingBooked(today)});
        },
        [this](const QVariant &result) {
            if (!result.isValid())
                return;
            const auto snapshot = result.value<Snapshot>();
            m_chart->setData(snapshot.weekly);
            int total = 0;
            for (int n : snapshot.byStatus)
                total += n;
            QStringList rows;
            for (const QString &status : leads::LeadUpdater::pipeline()) {
                const int n = snapshot.byStatus.value(status);
                const int percent = total > 0 ? (100 * n + total / 2) / total : 0;
                rows.append(QStringLiteral("<tr><td style='color:%1'>&#9632;</td><td>%2</td>"
                                           "<td align='right'>&nbsp;%3</td>"
                                           "<td align='right'>&nbsp;&nbsp;%4%</td></tr>")
                                .arg(LeadPresentation::statusColor(status).name(),
                                     LeadPresentation::statusName(status))
                                .arg(n)
                                .arg(percent));
            }
            m_pipeline->setText(QStringLiteral("<table>") + rows.join(QString())
                                + QStringLiteral("</table>"));
            m_upcoming->clear();
            for (const auto &lead : snapshot.upcoming) {
                auto *item = new QListWidgetItem(
                    tr("%1 · %2").arg(LeadPresentation::eventDate(lead.eventDate),
                                      LeadPresentation::fullName(lead)),
                    m_upcoming);
                item->setData(Qt::UserRole, lead.id);
            }
            if (snapshot.upcoming.isEmpty())
                m_upcoming->addItem(tr("No booked dates ahead yet."));
        });
}

} // namespace rmx::ui
