// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ConnectSnippets.h"

namespace rmx::ui {

QList<ConnectSnippets::Snippet> ConnectSnippets::all(const QString &base, const QString &listen,
                                                     bool isPublic)
{
    return {
        {tr("Send a lead with curl"),
         tr("# Replace rmx_yourkey with a key from the API Keys page.\n")
             + QStringLiteral("curl -X POST %1/api/v1/leads \\\n"
                              "  -H \"Authorization: Bearer rmx_yourkey\" \\\n"
                              "  -H \"Content-Type: application/json\" \\\n"
                              "  -d '{\n"
                              "    \"name\": \"Jane Doe\",\n"
                              "    \"email\": \"jane@example.com\",\n"
                              "    \"phone\": \"+15551234567\",\n"
                              "    \"event_date\": \"2026-08-15\",\n"
                              "    \"event_type\": \"Wedding\"\n"
                              "  }'\n")
                   .arg(base)},
        {tr("Website form with a server proxy"),
         tr("<!-- The form posts to your own site; your server adds the key and forwards it. "
            "Never put the key in browser JavaScript. -->\n")
             + QStringLiteral(
                   "<form method=\"post\" action=\"/api/contact-proxy\">\n"
                   "  <input name=\"name\" placeholder=\"Your name\" required>\n"
                   "  <input name=\"email\" type=\"email\" placeholder=\"Email\" required>\n"
                   "  <input name=\"phone\" placeholder=\"Phone\" required>\n"
                   "  <input name=\"event_date\" type=\"date\" required>\n"
                   "  <textarea name=\"notes\"></textarea>\n"
                   "  <button>Send</button>\n"
                   "</form>\n\n"
                   "// /api/contact-proxy on your server (Node.js):\n"
                   "app.post('/api/contact-proxy', express.urlencoded({ extended: false }), async "
                   "(req, res) => {\n"
                   "  const r = await fetch('%1/api/v1/leads', {\n"
                   "    method: 'POST',\n"
                   "    headers: { 'Authorization': 'Bearer ' + process.env.REMIXCRM_KEY,\n"
                   "               'Content-Type': 'application/json' },\n"
                   "    body: JSON.stringify(req.body),\n"
                   "  })\n"
                   "  res.redirect(r.ok ? '/thank-you' : '/contact?error=1')\n"
                   "})\n")
                   .arg(base)},
        {tr("Zapier"),
         tr("# Webhooks by Zapier → Custom Request\n")
             + QStringLiteral("Method:  POST\n"
                              "URL:     %1/api/v1/leads\n"
                              "Headers: Authorization | Bearer rmx_yourkey\n"
                              "         Content-Type  | application/json\n"
                              "Data:    a JSON body mapping name, email, phone, event_date\n")
                   .arg(base)},
        {tr("n8n"),
         tr("# HTTP Request node\n")
             + QStringLiteral(
                   "Method: POST\n"
                   "URL: %1/api/v1/leads\n"
                   "Send Headers: Authorization = Bearer rmx_yourkey\n"
                   "Body Content Type: JSON\n"
                   "Body: {\"name\": \"{{$json.name}}\", \"email\": \"{{$json.email}}\", "
                   "\"phone\": \"{{$json.phone}}\", \"event_date\": "
                   "\"{{$json.event_date}}\"}\n")
                   .arg(base)},
        {tr("Hosted inquiry form (link)"),
         (isPublic ? tr("# A complete form, no website needed: share this link or put it in "
                        "your bio.\n")
                   : tr("# This link works only on this computer until you set a public URL "
                        "(see the Tunnel snippets).\n"))
             + QStringLiteral("%1/form\n").arg(base)},
        {tr("Hosted inquiry form (embed)"),
         QStringLiteral(
             "<iframe src=\"%1/form/embed\" title=\"Inquiry form\" "
             "style=\"width:100%;min-height:720px;border:0\" loading=\"lazy\"></iframe>\n")
             .arg(base)},
        {tr("Browser fetch() to /capture"),
         tr("// Add your site's origin (e.g. https://www.example.com) to cors_allowed_origins "
            "in Settings first.\n")
             + QStringLiteral(
                   "await fetch('%1/capture', {\n"
                   "  method: 'POST',\n"
                   "  headers: { 'Content-Type': 'application/json' },\n"
                   "  body: JSON.stringify({ email, first_name, last_name, source: 'website',\n"
                   "                         metadata: { landing_page: location.pathname } }),\n"
                   "})\n")
                   .arg(base)},
        {tr("Verify webhooks (Node.js)"),
         QStringLiteral(
             "import crypto from 'crypto'\n\n"
             "// payload: the raw request body (a Buffer or string), signature: X-Rex-Signature\n"
             "export function verifyWebhook(payload, signature, secret) {\n"
             "  const parts = Object.fromEntries(signature.split(',').map(p => p.split('=')))\n"
             "  if (Math.abs(Date.now() / 1000 - Number(parts.t)) > 300) return false\n"
             "  const signed = crypto.createHmac('sha256', secret)\n"
             "    .update(`${parts.t}.${payload}`).digest('hex')\n"
             "  return crypto.timingSafeEqual(Buffer.from(signed), Buffer.from(parts.v1))\n"
             "}\n")},
        {tr("Verify webhooks (Python)"),
         QStringLiteral(
             "import hashlib, hmac, time\n\n"
             "def verify_webhook(payload: bytes, signature: str, secret: str) -> bool:\n"
             "    parts = dict(p.split(\"=\", 1) for p in signature.split(\",\"))\n"
             "    if abs(time.time() - int(parts[\"t\"])) > 300:\n"
             "        return False\n"
             "    signed = hmac.new(secret.encode(), f\"{parts['t']}.\".encode() + payload,\n"
             "                      hashlib.sha256).hexdigest()\n"
             "    return hmac.compare_digest(signed, parts[\"v1\"])\n")},
        {tr("Tunnel: cloudflared"),
         tr("# Quick tunnel (a new random URL each start):\n")
             + QStringLiteral("cloudflared tunnel --url http://%1\n\n").arg(listen)
             + tr("# Named tunnel with your own hostname (stays the same):\n")
             + QStringLiteral("cloudflared tunnel login\n"
                              "cloudflared tunnel create remixcrm\n"
                              "cloudflared tunnel route dns remixcrm leads.example.com\n"
                              "cloudflared tunnel run --url http://%1 remixcrm\n")
                   .arg(listen),
         true},
        {tr("Tunnel: ngrok"),
         QStringLiteral("ngrok http http://%1\n").arg(listen) + tr("# With a reserved domain:\n")
             + QStringLiteral("ngrok http --domain=leads.example.ngrok.app http://%1\n")
                   .arg(listen),
         true},
        {tr("Tunnel: Tailscale Funnel"),
         QStringLiteral("tailscale funnel --bg http://%1\n").arg(listen)
             + tr("# The public URL is https://<machine>.<tailnet>.ts.net\n"),
         true},
    };
}

} // namespace rmx::ui
