// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/DesktopFixture.h"

#include "core/server/ServerHost.h"
#include "core/store/DbConnection.h"
#include "core/store/WriteQueue.h"
#include "ui/BackgroundReader.h"
#include "ui/MainWindow.h"
#include "ui/WebhookDialog.h"
#include "ui/WebhooksPage.h"

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QUrl>

#include <atomic>
#include <memory>

namespace rmx::test {

DesktopFixture::DesktopFixture() = default;

DesktopFixture::~DesktopFixture()
{
    stop();
}

bool DesktopFixture::start(const QString &dataDir)
{
    m_dataDir = dataDir;
    m_host = std::make_unique<server::ServerHost>();
    m_reader = std::make_unique<ui::BackgroundReader>(QDir(dataDir).filePath("remixcrm.db"));
    m_window = std::make_unique<ui::MainWindow>(m_host.get(), m_reader.get(), m_trayAvailable);
    m_window->resize(1280, 800);
    m_window->show();
    QSignalSpy started(m_host.get(), &server::ServerHost::started);
    server::LeadServer::Options options;
    options.dataDir = dataDir;
    options.listenOverride = "127.0.0.1:0";
    m_host->start(options);
    if (!started.wait(10000))
        return false;
    m_port = quint16(QUrl(started.first().first().toString()).port());
    return m_port > 0;
}

bool DesktopFixture::waitForWrites() const
{
    auto done = std::make_shared<std::atomic_bool>(false);
    m_host->writer()->submit([](QSqlDatabase &) { return QVariant(); },
                             [done](const store::WriteQueue::Outcome &) { *done = true; });
    return QTest::qWaitFor([&] { return done->load(); }, 10000);
}

bool DesktopFixture::waitForReads() const
{
    bool done = false;
    QObject context;
    m_reader->read(
        &context, [](QSqlDatabase &) { return QVariant(); },
        [&done](const QVariant &) { done = true; });
    return QTest::qWaitFor([&] { return done; }, 10000);
}

QVariant DesktopFixture::scalar(const QString &sql) const
{
    store::DbConnection connection(QDir(m_dataDir).filePath("remixcrm.db"), "desktop-fixture");
    QSqlQuery q(connection.db());
    return q.exec(sql) && q.next() ? q.value(0) : QVariant();
}

bool DesktopFixture::screenshot(const QString &name, QWidget *widget) const
{
    QApplication::processEvents();
    const QDir dir(QDir(QStringLiteral(REMIXCRM_SOURCE_DIR)).filePath("build/screenshots"));
    return QDir().mkpath(dir.path())
        && (widget ? widget : m_window.get())->grab().save(dir.filePath(name + ".png"));
}

bool DesktopFixture::addWebhook(const QByteArray &url) const
{
    m_window->showPage(ui::MainWindow::Webhooks);
    ui::WebhooksPage *page = m_window->webhooksPage();
    page->addSubscription();
    auto *dialog = page->findChild<ui::WebhookDialog *>("webhookDialog");
    if (!dialog)
        return false;
    dialog->findChild<QLineEdit *>("webhookUrl")->setText(QString::fromLatin1(url));
    QSignalSpy saved(dialog, &ui::WebhookDialog::saved);
    dialog->findChild<QPushButton *>("saveWebhook")->click();
    return saved.wait(5000);
}

void DesktopFixture::stop()
{
    m_window.reset();
    m_host.reset();
    m_reader.reset();
}

} // namespace rmx::test
