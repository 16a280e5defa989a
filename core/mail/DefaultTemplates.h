// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/mail/MailTemplate.h"

namespace rmx::mail {

/// The shipped texts behind MailTemplates::defaultTemplate(). They are written per language
/// here rather than translated with the app's strings: a mail follows the `language` setting
/// at the time it is sent, whatever language the process showing it runs in.
namespace DefaultTemplates {
/// `language` is one of MailTemplates::languages().
MailTemplate text(TemplateKind kind, const QString &language);
} // namespace DefaultTemplates

} // namespace rmx::mail
