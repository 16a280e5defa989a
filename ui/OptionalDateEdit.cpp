// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/OptionalDateEdit.h"

#include "ui/LeadPresentation.h"

#include <QCalendarWidget>
#include <QEvent>
#include <QLineEdit>
#include <QStyle>
#include <QStyleOptionComboBox>

namespace rmx::ui {

OptionalDateEdit::OptionalDateEdit(const QString &noDateText, QWidget *parent)
    : QDateEdit(parent)
{
    setCalendarPopup(true);
    setDisplayFormat(LeadPresentation::dateFormat());
    setMinimumDate(QDate(2000, 1, 1));
    setSpecialValueText(noDateText);
    setDate(minimumDate());
    // No date is the year 2000 to the calendar: open it on this month instead.
    calendarWidget()->installEventFilter(this);
}

QDate OptionalDateEdit::value() const
{
    return date() == minimumDate() ? QDate() : date();
}

void OptionalDateEdit::setValue(const QDate &date)
{
    setDate(date.isValid() ? date : minimumDate());
}

QSize OptionalDateEdit::sizeHint() const
{
    return fitted(QDateEdit::sizeHint());
}

QSize OptionalDateEdit::minimumSizeHint() const
{
    return fitted(QDateEdit::minimumSizeHint());
}

QSize OptionalDateEdit::fitted(QSize hint) const
{
    // QDateTimeEdit allows only 2 px beyond the text, less than the line edit keeps around it
    // (2 px a side, and the cursor), so a text as long as "Beliebiges Datum" lost its end.
    // With a calendar the text sits in a combo box's edit field: widen the hint until that
    // field holds the longest text the edit shows.
    const QFontMetrics metrics = fontMetrics();
    int text = metrics.horizontalAdvance(specialValueText());
    for (const QDate &date : {minimumDate().addDays(1), maximumDate()})
        text = qMax(text, metrics.horizontalAdvance(locale().toString(date, displayFormat())));
    const QLineEdit *line = lineEdit();
    const QMargins margins = line->textMargins();
    const int needed = text + margins.left() + margins.right() + 2 * 2 + 1;

    QStyleOptionComboBox option;
    option.initFrom(this);
    option.editable = true;
    option.rect = QRect(QPoint(0, 0), hint);
    const int field
        = style()
              ->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, this)
              .width();
    hint.rwidth() += qMax(0, needed - field);
    return hint;
}

bool OptionalDateEdit::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == calendarWidget() && event->type() == QEvent::Show && !value().isValid()) {
        const QDate today = QDate::currentDate();
        calendarWidget()->setCurrentPage(today.year(), today.month());
    }
    return QDateEdit::eventFilter(watched, event);
}

} // namespace rmx::ui
