// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ColumnChooser.h"

#include <QHeaderView>
#include <QMenu>

namespace rmx::ui {

ColumnChooser::ColumnChooser(QHeaderView *header)
    : QObject(header)
    , m_header(header)
{
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QWidget::customContextMenuRequested, this,
            [this](const QPoint &pos) { createMenu()->popup(m_header->mapToGlobal(pos)); });
}

QMenu *ColumnChooser::createMenu()
{
    auto *menu = new QMenu(m_header);
    menu->setObjectName(QStringLiteral("columnMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->setToolTipsVisible(true);
    QAbstractItemModel *model = m_header->model();
    const int visible = m_header->count() - m_header->hiddenSectionCount();
    for (int visual = 0; model && visual < m_header->count(); ++visual) {
        const int section = m_header->logicalIndex(visual);
        const QString name
            = model->headerData(section, m_header->orientation(), Qt::DisplayRole).toString();
        QAction *action = menu->addAction(name);
        action->setObjectName(QStringLiteral("column_%1").arg(section));
        action->setCheckable(true);
        action->setChecked(!m_header->isSectionHidden(section));
        // One column always stays: a header with none could not be right-clicked again.
        action->setEnabled(m_header->isSectionHidden(section) || visible > 1);
        connect(action, &QAction::toggled, this, [this, section](bool shown) {
            m_header->setSectionHidden(section, !shown);
            emit changed();
        });
    }
    return menu;
}

} // namespace rmx::ui
