// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/CopyButton.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QTimer>

namespace rmx::ui {

CopyButton::CopyButton(std::function<QString()> source, QWidget *parent)
    : QPushButton(tr("&Copy"), parent)
    , m_source(std::move(source))
    , m_restore(new QTimer(this))
{
    m_restore->setSingleShot(true);
    m_restore->setInterval(ConfirmMs);
    // Both texts fit without the button changing width.
    setMinimumWidth(qMax(sizeHint().width(), fontMetrics().horizontalAdvance(tr("Copied")) + 24));
    connect(m_restore, &QTimer::timeout, this, [this] { setText(tr("&Copy")); });
    connect(this, &QPushButton::clicked, this, &CopyButton::copy);
}

void CopyButton::copy()
{
    QGuiApplication::clipboard()->setText(m_source());
    setText(tr("Copied"));
    m_restore->start();
}

} // namespace rmx::ui
