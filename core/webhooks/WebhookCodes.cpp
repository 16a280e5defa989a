// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/webhooks/WebhookCodes.h"

namespace rmx::webhooks::WebhookCodes {

QString toCode(CreatedBy value)
{
    switch (value) {
    case CreatedBy::Api:
        return QStringLiteral("api");
    case CreatedBy::Cli:
        return QStringLiteral("cli");
    case CreatedBy::Ui:
        return QStringLiteral("ui");
    }
    return {};
}

QString toCode(DeliveryState value)
{
    switch (value) {
    case DeliveryState::Pending:
        return QStringLiteral("pending");
    case DeliveryState::Succeeded:
        return QStringLiteral("succeeded");
    case DeliveryState::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

QString toCode(DisableReason value)
{
    switch (value) {
    case DisableReason::None:
        return {};
    case DisableReason::Owner:
        return QStringLiteral("owner");
    case DisableReason::Gone:
        return QStringLiteral("gone");
    case DisableReason::FailingTooLong:
        return QStringLiteral("failing");
    }
    return {};
}

std::optional<CreatedBy> createdBy(QStringView code)
{
    for (const CreatedBy value : {CreatedBy::Api, CreatedBy::Cli, CreatedBy::Ui}) {
        if (code == toCode(value))
            return value;
    }
    return std::nullopt;
}

std::optional<DeliveryState> deliveryState(QStringView code)
{
    for (const DeliveryState value :
         {DeliveryState::Pending, DeliveryState::Succeeded, DeliveryState::Failed}) {
        if (code == toCode(value))
            return value;
    }
    return std::nullopt;
}

DisableReason disableReason(QStringView code)
{
    if (code.isEmpty())
        return DisableReason::None;
    for (const DisableReason value :
         {DisableReason::Owner, DisableReason::Gone, DisableReason::FailingTooLong}) {
        if (code == toCode(value))
            return value;
    }
    return DisableReason::Owner;
}

} // namespace rmx::webhooks::WebhookCodes
