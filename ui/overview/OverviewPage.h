// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QListWidget;
class QTimer;

namespace rmx::ui {

class BackgroundReader;
class WeeklyLeadsChart;

/// A small dashboard: leads per week for the last 12 weeks by source, how many leads sit at
/// each step of the pipeline, and the booked dates ahead. Refreshes after new data arrives, and
/// only while shown: its sums over every lead would otherwise hold up the page the user looks
/// at (the inbox's reads share one reader thread).
class OverviewPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OverviewPage)

public:
    explicit OverviewPage(BackgroundReader *reader, QWidget *parent = nullptr);
    /// Data changed (a commit): reload soon (coalescing bursts) if shown, else when shown.
    void dataChanged();
    void reload();
    QString pipelineText() const;

Q_SIGNALS:
    void openLeadRequested(const QString &leadId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    BackgroundReader *m_reader;
    WeeklyLeadsChart *m_chart;
    QLabel *m_pipeline;
    QListWidget *m_upcoming;
    QTimer *m_refresh;
    bool m_stale = true;
};

} // namespace rmx::ui
