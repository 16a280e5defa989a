// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace rmx::webhooks {

/// Who created a subscription. Only those created with an API key are held to public targets.
enum class CreatedBy { Api, Cli, Ui };

/// Where a delivery stands.
enum class DeliveryState { Pending, Succeeded, Failed };

/// Why a subscription is turned off.
enum class DisableReason {
    None, // on
    Owner, // turned off by the owner (window, command line)
    Gone, // the receiver answered 410 Gone
    FailingTooLong, // every delivery failed for longer than webhooks_disable_after_hours
};

/// The codes the webhook tables store for these enums (and the API shows for CreatedBy): the
/// enums' one meeting point with text.
namespace WebhookCodes {
QString toCode(CreatedBy value);
QString toCode(DeliveryState value);
/// Empty for DisableReason::None (stored as NULL).
QString toCode(DisableReason value);
std::optional<CreatedBy> createdBy(QStringView code);
std::optional<DeliveryState> deliveryState(QStringView code);
/// None for an empty code; Owner for one it does not know (a turned-off subscription stays off).
DisableReason disableReason(QStringView code);
} // namespace WebhookCodes

} // namespace rmx::webhooks
