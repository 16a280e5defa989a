// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateEdit>

namespace rmx::ui {

/// A date edit that may hold no date: its minimum stands for "none" and shows a text instead
/// ("Any date", "No date"). It picks dates from a calendar, which opens on the current month
/// while there is no date, and it is wide enough to show that text whole in every language.
class OptionalDateEdit final : public QDateEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OptionalDateEdit)

public:
    /// `noDateText`: what the edit shows while it holds no date.
    explicit OptionalDateEdit(const QString &noDateText, QWidget *parent = nullptr);

    /// The date, or an invalid QDate for none.
    QDate value() const;
    /// Sets the date; an invalid one means none.
    void setValue(const QDate &date);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QSize fitted(QSize hint) const;
};

} // namespace rmx::ui
