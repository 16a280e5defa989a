// SPDX-License-Identifier: GPL-3.0-or-later
// Measures the desktop inbox on a large data directory: time to the first painted rows of the
// Leads page, a search returning its first rows, and a jump to the middle of the table.
// Usage: remixcrm-bench-ui DATA_DIR  (prints name=value lines, ui_open_ms last)
#include "core/server/DataDirectory.h"
#include "core/server/ServerHost.h"
#include "core/store/LeadQuery.h"
#include "ui/BackgroundReader.h"
#include "ui/LeadTableModel.h"
#include "ui/LeadsPage.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QScrollBar>
#include <QTableView>

#include <cstdio>

namespace {

/// Waits until `ready` holds at a paint of `viewport`, returning the elapsed milliseconds.
class PaintProbe : public QObject
{
public:
    PaintProbe(QWidget *viewport, std::function<bool()> ready)
        : m_ready(std::move(ready))
    {
        viewport->installEventFilter(this);
    }
    double waitMs(const QElapsedTimer &since, int timeoutMs = 60000)
    {
        while (!m_done && since.elapsed() < timeoutMs)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
        return m_done ? m_ms : -1;
    }
    void arm(const QElapsedTimer *since)
    {
        m_since = since;
        m_done = false;
    }

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_done && m_since && m_ready()) {
            m_ms = double(m_since->nsecsElapsed()) / 1e6;
            m_done = true;
        }
        return false;
    }

private:
    std::function<bool()> m_ready;
    const QElapsedTimer *m_since = nullptr;
    bool m_done = false;
    double m_ms = 0;
};

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: remixcrm-bench-ui DATA_DIR\n");
        return 2;
    }
    const QString dataDir = QString::fromLocal8Bit(argv[1]);
    QElapsedTimer open;
    open.start();
    rmx::server::ServerHost host; // not started: the inbox reads the database on its own
    rmx::ui::BackgroundReader reader(rmx::server::DataDirectory::databasePath(dataDir));
    rmx::ui::MainWindow window(&host, &reader);
    window.resize(1280, 800);
    auto *page = window.leadsPage();
    auto *model = page->model();
    QTableView *table = page->table();
    int probeRow = 0;
    PaintProbe probe(table->viewport(), [&] { return model->leadAt(probeRow) != nullptr; });
    probe.arm(&open);
    window.show();
    const double openMs = probe.waitMs(open);
    std::printf("rows=%d\n", model->rowCount());

    // Search: from applying the filter to its first rows on screen (the 120 ms typing pause of
    // the search box is not included).
    QElapsedTimer search;
    rmx::store::LeadFilter filter;
    filter.search = QStringLiteral("garcia wedding");
    probeRow = 0;
    probe.arm(&search);
    search.start();
    model->setFilter(filter);
    const double searchMs = probe.waitMs(search);
    std::printf("search_rows=%d\n", model->rowCount());

    // Jump to the middle of the unfiltered table, as dragging the scroll bar does.
    model->setFilter({});
    QElapsedTimer settle;
    settle.start();
    probeRow = 0;
    probe.arm(&settle);
    probe.waitMs(settle);
    while (!model->isLoaded() && settle.elapsed() < 60000) // the full count, not the first page
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
    // Let the view lay out the full row count (its scroll range) before jumping.
    QElapsedTimer layout;
    layout.start();
    while (layout.elapsed() < 300)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    QElapsedTimer scroll;
    probeRow = model->rowCount() / 2;
    probe.arm(&scroll);
    scroll.start();
    table->scrollTo(model->index(probeRow, 0), QAbstractItemView::PositionAtTop);
    const double scrollMs = probe.waitMs(scroll, 20000);
    if (scrollMs < 0)
        std::fprintf(stderr, "scroll probe: rows=%d loaded=%d value=%d\n", model->rowCount(),
                     model->isLoaded(), table->verticalScrollBar()->value());

    std::printf("ui_search_ms=%.1f\n", searchMs);
    std::printf("ui_scroll_ms=%.1f\n", scrollMs);
    std::printf("ui_open_ms=%.1f\n", openMs);
    return openMs < 0 || searchMs < 0 || scrollMs < 0 ? 1 : 0;
}
