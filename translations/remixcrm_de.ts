<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>BackupCommand</name>
    <message>
        <location filename="../core/cli/BackupCommand.cpp" line="+17"/>
        <source>Usage: remixcrm %1 FILE</source>
        <translation>Aufruf: remixcrm %1 DATEI</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Backup failed: %1</source>
        <translation>Sicherung fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Backed up %n lead(s) to %1.</source>
        <translation>
            <numerusform>%n Lead wurde in %1 gesichert.</numerusform>
            <numerusform>%n Leads wurden in %1 gesichert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Restore refused: %1</source>
        <translation>Wiederherstellung abgelehnt: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Restored %n lead(s) from %1.</source>
        <translation>
            <numerusform>%n Lead wurde aus %1 wiederhergestellt.</numerusform>
            <numerusform>%n Leads wurden aus %1 wiederhergestellt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The previous database was kept as %1.</source>
        <translation>Die bisherige Datenbank wurde als %1 aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>BackupManager</name>
    <message>
        <location filename="../core/server/BackupManager.cpp" line="+110"/>
        <source>there is no database in this data directory yet</source>
        <translation>in diesem Datenordner gibt es noch keine Datenbank</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 already exists; choose a new file name</source>
        <translation>%1 existiert bereits; wählen Sie einen neuen Dateinamen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the folder of %1 does not exist</source>
        <translation>der Ordner von %1 existiert nicht</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the snapshot could not be written (disk full or not writable?)</source>
        <translation>die Sicherung konnte nicht geschrieben werden (Datenträger voll oder schreibgeschützt?)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the backup could not be flushed to disk</source>
        <translation>die Sicherung konnte nicht auf den Datenträger geschrieben werden</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 could not be created</source>
        <translation>%1 konnte nicht erstellt werden</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is not a file</source>
        <translation>%1 ist keine Datei</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not a readable database</source>
        <translation>%1 ist keine lesbare Datenbank</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is not a RemixCRM backup (not an SQLite database)</source>
        <translation>%1 ist keine RemixCRM-Sicherung (keine SQLite-Datenbank)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is damaged: the integrity check failed</source>
        <translation>%1 ist beschädigt: die Integritätsprüfung ist fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 was written by a newer RemixCRM; update first</source>
        <translation>%1 stammt von einer neueren RemixCRM-Version; bitte zuerst aktualisieren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not a RemixCRM database</source>
        <translation>%1 ist keine RemixCRM-Datenbank</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>that file is the current database</source>
        <translation>diese Datei ist die aktuelle Datenbank</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the backup could not be copied into the data directory</source>
        <translation>die Sicherung konnte nicht in den Datenordner kopiert werden</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the current database could not be set aside</source>
        <translation>die aktuelle Datenbank konnte nicht beiseitegelegt werden</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the restored database could not be put in place</source>
        <translation>die wiederhergestellte Datenbank konnte nicht an ihren Platz gelegt werden</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>the backups folder could not be created</source>
        <translation>der Sicherungsordner konnte nicht erstellt werden</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../core/cli/CommandLine.cpp" line="+65"/>
        <source>Usage: remixcrm [options] [command]

Without a command, RemixCRM opens its window (or runs headless when there is no
display) and listens for leads.

Options:
  --headless             Run the lead listener without a window.
  --data-dir DIR         Folder holding the database (default: the user&apos;s app
                         data folder, or $REMIXCRM_DATA_DIR).
  --listen HOST:PORT     Address to listen on (default: the &apos;listen&apos; setting,
                         127.0.0.1:8088).
  --public-url URL       Public base URL, e.g. your tunnel&apos;s, used in lead_url.
  --open LEAD            Open the window on a lead (its id or lead_url).
  -h, --help             Show this help.
  -v, --version          Show the version.

Commands:
  keys create --name NAME   Create an API key; it is printed once, on the last line.
  keys list                 List API keys (prefix, name, created, last used, revoked).
  keys revoke PREFIX        Revoke a key; the running server refuses it at once.
  config get KEY            Print a setting.
  config set KEY VALUE      Change a setting.
  config list               List every setting with its value.
  import FILE [--dry-run]   Import leads from a CSV file (columns matched by their
                            header); --dry-run only counts new, updated, skipped
                            and invalid rows.
  backup FILE               Write a consistent copy of the database to FILE, also
                            while RemixCRM is running.
  restore FILE              Replace the database with the backup FILE (RemixCRM
                            must not be running on this data directory).
  webhooks add URL --events a,b [--secret S]
                            Send events (lead.created, lead.updated, contact.created,
                            contact.updated or *) to URL; prints the id and, when no
                            secret was given, the generated signing secret.
  webhooks list             List webhooks (never their secrets).
  webhooks remove ID        Remove a webhook.
  webhooks enable ID | disable ID
                            Turn a webhook on again (e.g. after it was disabled for
                            failing) or off.
  webhooks test ID          Send a signed ping event and show the answer.
  webhooks deliveries ID    Show the latest deliveries and their results.
  webhooks redeliver DELIVERY | redeliver ID --since TIME
                            Send one delivery again, or every failed one since TIME.
</source>
        <translation>Aufruf: remixcrm [Optionen] [Befehl]

Ohne Befehl öffnet RemixCRM sein Fenster (oder läuft ohne Oberfläche, wenn kein
Display vorhanden ist) und nimmt Leads entgegen.

Optionen:
  --headless             Lead-Empfang ohne Fenster ausführen.
  --data-dir DIR         Ordner mit der Datenbank (Standard: der App-Datenordner
                         des Benutzers oder $REMIXCRM_DATA_DIR).
  --listen HOST:PORT     Empfangsadresse (Standard: die Einstellung &apos;listen&apos;,
                         127.0.0.1:8088).
  --public-url URL       Öffentliche Basis-URL, z. B. die Ihres Tunnels; wird
                         in lead_url verwendet.
  --open LEAD            Fenster mit einem Lead öffnen (ID oder lead_url).
  -h, --help             Diese Hilfe anzeigen.
  -v, --version          Die Version anzeigen.

Befehle:
  keys create --name NAME   API-Schlüssel erstellen; er wird einmalig in der
                            letzten Zeile ausgegeben.
  keys list                 API-Schlüssel auflisten (Präfix, Name, erstellt,
                            zuletzt verwendet, widerrufen).
  keys revoke PREFIX        Schlüssel widerrufen; der laufende Server weist ihn
                            sofort ab.
  config get KEY            Eine Einstellung ausgeben.
  config set KEY VALUE      Eine Einstellung ändern.
  config list               Alle Einstellungen mit ihren Werten auflisten.
  import FILE [--dry-run]   Leads aus einer CSV-Datei importieren (Spalten
                            werden über ihre Kopfzeile zugeordnet); --dry-run
                            zählt nur neue, aktualisierte, übersprungene und
                            ungültige Zeilen.
  backup FILE               Eine konsistente Kopie der Datenbank nach FILE
                            schreiben, auch während RemixCRM läuft.
  restore FILE              Die Datenbank durch die Sicherung FILE ersetzen
                            (RemixCRM darf in diesem Datenordner nicht laufen).
  webhooks add URL --events a,b [--secret S]
                            Ereignisse (lead.created, lead.updated,
                            contact.created, contact.updated oder *) an URL
                            senden; gibt die ID aus und, falls kein Secret
                            angegeben wurde, das erzeugte Signaturgeheimnis.
  webhooks list             Webhooks auflisten (niemals ihre Secrets).
  webhooks remove ID        Einen Webhook entfernen.
  webhooks enable ID | disable ID
                            Einen Webhook wieder einschalten (z. B. nachdem er
                            wegen Fehlern deaktiviert wurde) oder ausschalten.
  webhooks test ID          Ein signiertes Ping-Ereignis senden und die Antwort
                            anzeigen.
  webhooks deliveries ID    Die letzten Zustellungen und ihre Ergebnisse
                            anzeigen.
  webhooks redeliver DELIVERY | redeliver ID --since TIME
                            Eine Zustellung erneut senden oder jede seit TIME
                            fehlgeschlagene.
</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>  mail test --to ADDRESS    Send a test message now with the mail settings and show
                            the mail server&apos;s answer.
  mail log [--limit N]      Show the latest mail sent (auto-replies, alerts): when, to
                            whom, the result and the server&apos;s last reply.
</source>
        <translation>  mail test --to ADRESSE    Sendet sofort eine Testnachricht mit den Mail-Einstellungen
                            und zeigt die Antwort des Mailservers.
  mail log [--limit N]      Zeigt die zuletzt gesendeten Mails (Auto-Antworten, Hinweise):
                            wann, an wen, das Ergebnis und die letzte Antwort des Servers.
</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>  mail templates            List the mail templates (date_free, date_taken, no_date,
                            owner_alert), each (default) or (edited).
  mail template show NAME   Print a template&apos;s subject and body.
  mail template set NAME [--subject S] [--body-file FILE]
                            Change a template (FILE is UTF-8 text, - for standard
                            input); unknown {{placeholders}} are refused.
  mail template reset NAME  Go back to the default text.
</source>
        <translation>  mail templates            Listet die Mail-Vorlagen (date_free, date_taken, no_date,
                            owner_alert), jeweils (default) oder (edited).
  mail template show NAME   Zeigt Betreff und Text einer Vorlage.
  mail template set NAME [--subject BETREFF] [--body-file DATEI]
                            Ändert eine Vorlage (DATEI ist UTF-8-Text, - für die
                            Standardeingabe); unbekannte {{Platzhalter}} werden abgelehnt.
  mail template reset NAME  Stellt den Standardtext wieder her.
</translation>
    </message>
    <message>
        <source>  mail test --to ADDRESS    Send a test message now with the mail settings and show
                            the mail server&apos;s answer.
</source>
        <translation type="vanished">  mail test --to ADRESSE    Sendet sofort eine Testnachricht mit den Mail-Einstellungen
                            und zeigt die Antwort des Mailservers.
</translation>
    </message>
</context>
<context>
    <name>ConnectSnippets</name>
    <message>
        <location filename="../ui/ConnectSnippets.cpp" line="+10"/>
        <source>Send a lead with curl</source>
        <translation>Lead mit curl senden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source># Replace rmx_yourkey with a key from the API Keys page.
</source>
        <translation># Ersetzen Sie rmx_yourkey durch einen Schlüssel von der Seite „API-Schlüssel“.
</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Website form with a server proxy</source>
        <translation>Website-Formular mit Server-Proxy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;!-- The form posts to your own site; your server adds the key and forwards it. Never put the key in browser JavaScript. --&gt;
</source>
        <translation>&lt;!-- Das Formular sendet an Ihre eigene Website; Ihr Server fügt den Schlüssel hinzu und leitet weiter. Legen Sie den Schlüssel nie in Browser-JavaScript ab. --&gt;
</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Zapier</source>
        <translation>Zapier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source># Webhooks by Zapier → Custom Request
</source>
        <translation># Webhooks by Zapier → Custom Request
</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>n8n</source>
        <translation>n8n</translation>
    </message>
    <message>
        <location line="+1"/>
        <source># HTTP Request node
</source>
        <translation># HTTP-Request-Node
</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Hosted inquiry form (link)</source>
        <translation>Gehostetes Anfrageformular (Link)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source># A complete form, no website needed: share this link or put it in your bio.
</source>
        <translation># Ein vollständiges Formular, keine Website nötig: Teilen Sie diesen Link oder setzen Sie ihn in Ihre Bio.
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source># This link works only on this computer until you set a public URL (see the Tunnel snippets).
</source>
        <translation># Dieser Link funktioniert nur auf diesem Computer, bis Sie eine öffentliche URL festlegen (siehe die Tunnel-Snippets).
</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hosted inquiry form (embed)</source>
        <translation>Gehostetes Anfrageformular (Einbettung)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Browser fetch() to /capture</source>
        <translation>Browser-fetch() an /capture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>// Add your site&apos;s origin (e.g. https://www.example.com) to cors_allowed_origins in Settings first.
</source>
        <translation>// Tragen Sie zuerst den Origin Ihrer Website (z. B. https://www.example.com) in den Einstellungen unter cors_allowed_origins ein.
</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Verify webhooks (Node.js)</source>
        <translation>Webhooks prüfen (Node.js)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Verify webhooks (Python)</source>
        <translation>Webhooks prüfen (Python)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Tunnel: cloudflared</source>
        <translation>Tunnel: cloudflared</translation>
    </message>
    <message>
        <location line="+1"/>
        <source># Quick tunnel (a new random URL each start):
</source>
        <translation># Quick Tunnel (bei jedem Start eine neue zufällige URL):
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source># Named tunnel with your own hostname (stays the same):
</source>
        <translation># Benannter Tunnel mit eigenem Hostnamen (bleibt gleich):
</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tunnel: ngrok</source>
        <translation>Tunnel: ngrok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source># With a reserved domain:
</source>
        <translation># Mit reservierter Domain:
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tunnel: Tailscale Funnel</source>
        <translation>Tunnel: Tailscale Funnel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source># The public URL is https://&lt;machine&gt;.&lt;tailnet&gt;.ts.net
</source>
        <translation># Die öffentliche URL ist https://&lt;machine&gt;.&lt;tailnet&gt;.ts.net
</translation>
    </message>
</context>
<context>
    <name>ContactPresentation</name>
    <message>
        <location filename="../ui/ContactPresentation.cpp" line="+18"/>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Qualified</source>
        <translation>Qualifiziert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opportunity</source>
        <translation>Verkaufschance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Hidden bot field filled in</source>
        <translation>Verstecktes Bot-Feld ausgefüllt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent too fast for a person</source>
        <translation>Zu schnell für einen Menschen gesendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Form token not valid</source>
        <translation>Formular-Token ungültig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Form token expired</source>
        <translation>Formular-Token abgelaufen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Campaign source</source>
        <translation>Kampagnenquelle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Campaign medium</source>
        <translation>Kampagnenmedium</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Campaign name</source>
        <translation>Kampagnenname</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Campaign term</source>
        <translation>Kampagnenbegriff</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Campaign content</source>
        <translation>Kampagneninhalt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Landing page</source>
        <translation>Landingpage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Referrer</source>
        <translation>Verweisende Seite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Google Ads click</source>
        <translation>Google-Ads-Klick</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Facebook click</source>
        <translation>Facebook-Klick</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
</context>
<context>
    <name>DiscardChangesPrompt</name>
    <message>
        <location filename="../ui/DiscardChangesPrompt.cpp" line="+11"/>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The changes to %1 cannot be saved as they are.</source>
        <translation>Die Änderungen an %1 können so nicht gespeichert werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Discard changes</source>
        <translation>Änderungen &amp;verwerfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep editing</source>
        <translation>&amp;Weiter bearbeiten</translation>
    </message>
</context>
<context>
    <name>HostedForm</name>
    <message>
        <location filename="../core/capture/HostedForm.cpp" line="+17"/>
        <source>Tell us about your event</source>
        <translation>Erzählen Sie uns von Ihrer Veranstaltung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share a few details and we will get back to you shortly.</source>
        <translation>Teilen Sie uns ein paar Details mit – wir melden uns in Kürze bei Ihnen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event date</source>
        <translation>Datum der Veranstaltung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type of event</source>
        <translation>Art der Veranstaltung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose one</source>
        <translation>Bitte auswählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Venue, number of guests, what you have in mind…</source>
        <translation>Veranstaltungsort, Anzahl der Gäste, Ihre Vorstellungen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send inquiry</source>
        <translation>Anfrage senden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your details are only used to answer your inquiry.</source>
        <translation>Ihre Angaben werden ausschließlich zur Beantwortung Ihrer Anfrage verwendet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave this field empty</source>
        <translation>Dieses Feld bitte leer lassen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please check the highlighted fields:</source>
        <translation>Bitte überprüfen Sie die markierten Felder:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter a valid email address, like name@example.com.</source>
        <translation>Bitte geben Sie eine gültige E-Mail-Adresse ein, z. B. name@example.com.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter your name.</source>
        <translation>Bitte geben Sie Ihren Namen ein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter a phone number.</source>
        <translation>Bitte geben Sie eine Telefonnummer ein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter a valid event date.</source>
        <translation>Bitte geben Sie ein gültiges Datum für Ihre Veranstaltung ein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shorten your message.</source>
        <translation>Bitte kürzen Sie Ihre Nachricht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check this field: %1.</source>
        <translation>Bitte überprüfen Sie dieses Feld: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thank you!</source>
        <translation>Vielen Dank!</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your inquiry is on its way. We will get back to you as soon as we can.</source>
        <translation>Ihre Anfrage ist unterwegs. Wir melden uns so bald wie möglich bei Ihnen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send another inquiry</source>
        <translation>Weitere Anfrage senden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please wait a moment</source>
        <translation>Bitte warten Sie einen Moment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>We received many requests from your connection. Please try again in a minute.</source>
        <translation>Von Ihrer Verbindung sind sehr viele Anfragen eingegangen. Bitte versuchen Sie es in einer Minute noch einmal.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Powered by RemixCRM</source>
        <translation>Bereitgestellt mit RemixCRM</translation>
    </message>
</context>
<context>
    <name>HttpListener</name>
    <message>
        <location filename="../core/http/HttpListener.cpp" line="+68"/>
        <source>%1 is already in use</source>
        <translation>%1 ist bereits belegt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot listen on %1: %2</source>
        <translation>Empfang auf %1 nicht möglich: %2</translation>
    </message>
</context>
<context>
    <name>ImportTexts</name>
    <message>
        <location filename="../ui/import/ImportTexts.cpp" line="+9"/>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event date</source>
        <translation>Datum der Veranstaltung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event type</source>
        <translation>Veranstaltungsart</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Skipped: already a lead with this email and no date</source>
        <translation>Übersprungen: schon ein Lead mit dieser E-Mail und ohne Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skipped: already a lead with this email and date</source>
        <translation>Übersprungen: schon ein Lead mit dieser E-Mail und diesem Datum</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Required, but empty</source>
        <translation>Pflichtfeld, aber leer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too long</source>
        <translation>Zu lang</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not a valid email address</source>
        <translation>Keine gültige E-Mail-Adresse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not a real date in the chosen date format</source>
        <translation>Kein gültiges Datum im gewählten Datumsformat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Must be new, contacted, quoted, booked or lost</source>
        <translation>Muss new, contacted, quoted, booked oder lost sein</translation>
    </message>
</context>
<context>
    <name>InstanceLock</name>
    <message>
        <location filename="../core/server/InstanceLock.cpp" line="+25"/>
        <source>RemixCRM is already running on this data directory (process %1). Stop it first, or use another --data-dir.</source>
        <translation>RemixCRM läuft bereits mit diesem Datenordner (Prozess %1). Beenden Sie es zuerst oder verwenden Sie einen anderen --data-dir.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>RemixCRM is already running on this data directory.</source>
        <translation>RemixCRM läuft bereits mit diesem Datenordner.</translation>
    </message>
</context>
<context>
    <name>LeadPresentation</name>
    <message>
        <location filename="../ui/LeadPresentation.cpp" line="+49"/>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event date</source>
        <translation>Veranstaltungsdatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event type</source>
        <translation>Veranstaltungsart</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>API key &quot;%1&quot; (%2)</source>
        <translation>API-Schlüssel „%1“ (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the Lead API</source>
        <translation>die Lead-API</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the website form</source>
        <translation>das Website-Formular</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a CSV import</source>
        <translation>einen CSV-Import</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this app</source>
        <translation>diese App</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the Connect page&apos;s test (a test lead, left out of the overview)</source>
        <translation>den Test der Seite Verbinden (ein Test-Lead, in der Übersicht nicht mitgezählt)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not saved: fill in %1.</source>
        <translation>Nicht gespeichert: Bitte füllen Sie %1 aus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not saved: check %1.</source>
        <translation>Nicht gespeichert: Bitte prüfen Sie %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contacted</source>
        <translation>Kontaktiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quoted</source>
        <translation>Angebot gesendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Booked</source>
        <translation>Gebucht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
</context>
<context>
    <name>LeadServer</name>
    <message>
        <location filename="../core/server/LeadServer.cpp" line="+84"/>
        <source>invalid listen address &apos;%1&apos;: %2</source>
        <translation>ungültige Empfangsadresse „%1“: %2</translation>
    </message>
</context>
<context>
    <name>ListenAddress</name>
    <message>
        <location filename="../core/settings/ListenAddress.cpp" line="+32"/>
        <source>must be HOST:PORT, for example 127.0.0.1:8088</source>
        <translation>muss HOST:PORT sein, zum Beispiel 127.0.0.1:8088</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the port must be a number from 0 to 65535</source>
        <translation>der Port muss eine Zahl von 0 bis 65535 sein</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;%1&apos; is not an IP address</source>
        <translation>„%1“ ist keine IP-Adresse</translation>
    </message>
</context>
<context>
    <name>MailHistoryText</name>
    <message>
        <location filename="../core/mail/MailHistoryText.cpp" line="+10"/>
        <source>date free</source>
        <translation>Datum frei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>date taken</source>
        <translation>Datum vergeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no date</source>
        <translation>kein Datum</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>this address had one recently</source>
        <translation>diese Adresse hat kürzlich eine erhalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>auto-replies are off</source>
        <translation>Auto-Antworten sind aus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mail is not set up</source>
        <translation>Mail ist nicht eingerichtet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>off for this channel</source>
        <translation>für diesen Kanal aus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a no-reply address</source>
        <translation>eine No-Reply-Adresse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>your own address</source>
        <translation>Ihre eigene Adresse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>held as spam</source>
        <translation>als Spam zurückgehalten</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Alert sent to you by email</source>
        <translation>Hinweis per E-Mail an Sie gesendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alert by email failed (%1)</source>
        <translation>Hinweis per E-Mail fehlgeschlagen (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Auto-reply sent (%1)</source>
        <translation>Auto-Antwort gesendet (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Auto-reply failed (%1)</source>
        <translation>Auto-Antwort fehlgeschlagen (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Auto-reply waiting: the hourly limit is reached</source>
        <translation>Auto-Antwort wartet: das Stundenlimit ist erreicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No auto-reply: %1</source>
        <translation>Keine Auto-Antwort: %1</translation>
    </message>
</context>
<context>
    <name>MailTemplates</name>
    <message>
        <location filename="../core/mail/MailTemplates.cpp" line="+96"/>
        <source>Unbalanced braces in the subject near “%1”; write placeholders like {{first_name}}.</source>
        <translation>Unvollständige Klammern im Betreff bei „%1“; schreiben Sie Platzhalter wie {{first_name}}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unbalanced braces in the body near “%1”; write placeholders like {{first_name}}.</source>
        <translation>Unvollständige Klammern im Text bei „%1“; schreiben Sie Platzhalter wie {{first_name}}.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{{%1}} in the subject is only available in the owner alert: an auto-reply never repeats what the sender typed. Use one of %2.</source>
        <translation>{{%1}} im Betreff gibt es nur in der Benachrichtigung an Sie: Eine automatische Antwort wiederholt nie, was der Absender geschrieben hat. Verwenden Sie einen von %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{{%1}} in the body is only available in the owner alert: an auto-reply never repeats what the sender typed. Use one of %2.</source>
        <translation>{{%1}} im Text gibt es nur in der Benachrichtigung an Sie: Eine automatische Antwort wiederholt nie, was der Absender geschrieben hat. Verwenden Sie einen von %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unknown placeholder {{%1}} in the subject; use one of %2.</source>
        <translation>Unbekannter Platzhalter {{%1}} im Betreff; verwenden Sie einen von %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown placeholder {{%1}} in the body; use one of %2.</source>
        <translation>Unbekannter Platzhalter {{%1}} im Text; verwenden Sie einen von %2.</translation>
    </message>
    <message>
        <location line="+181"/>
        <source>The subject is empty.</source>
        <translation>Der Betreff ist leer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The subject must be one line.</source>
        <translation>Der Betreff muss in eine Zeile passen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The subject is too long (at most %1 characters).</source>
        <translation>Der Betreff ist zu lang (höchstens %1 Zeichen).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The body is empty.</source>
        <translation>Der Text ist leer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The body is too long (at most %1 characters).</source>
        <translation>Der Text ist zu lang (höchstens %1 Zeichen).</translation>
    </message>
</context>
<context>
    <name>Mailbox</name>
    <message>
        <location filename="../core/mail/Mailbox.cpp" line="+75"/>
        <location line="+33"/>
        <location line="+23"/>
        <source>must not contain line breaks or control characters</source>
        <translation>darf keine Zeilenumbrüche oder Steuerzeichen enthalten</translation>
    </message>
    <message>
        <location line="-52"/>
        <location line="+7"/>
        <location line="+4"/>
        <location line="+5"/>
        <location line="+4"/>
        <location line="+17"/>
        <location line="+19"/>
        <source>must be an email address such as hello@example.com</source>
        <translation>muss eine E-Mail-Adresse wie hallo@example.com sein</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>is too long for an email address</source>
        <translation>ist zu lang für eine E-Mail-Adresse</translation>
    </message>
    <message>
        <location line="+57"/>
        <location line="+4"/>
        <location line="+9"/>
        <source>must be an address such as Jane Photo &lt;hello@example.com&gt;</source>
        <translation>muss eine Adresse wie Jane Foto &lt;hallo@example.com&gt; sein</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>has an unclosed quote in its name</source>
        <translation>hat im Namen ein Anführungszeichen, das nicht geschlossen wird</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../ui/DesktopApp.cpp" line="+19"/>
        <location line="+12"/>
        <source>RemixCRM</source>
        <translation>RemixCRM</translation>
    </message>
</context>
<context>
    <name>SettingLabels</name>
    <message>
        <location filename="../ui/SettingLabels.cpp" line="+8"/>
        <location line="+19"/>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+19"/>
        <source>Listener</source>
        <translation>Empfang</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+19"/>
        <source>Hosted form</source>
        <translation>Gehostetes Formular</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+20"/>
        <source>Limits and protection</source>
        <translation>Limits und Schutz</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+19"/>
        <source>Webhooks</source>
        <translation>Webhooks</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+20"/>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+135"/>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <location line="-135"/>
        <location line="+20"/>
        <source>Mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>en, de, es or fr; empty follows the system language.</source>
        <translation type="vanished">en, de, es oder fr; leer folgt der Systemsprache.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep running in the tray when the window is closed</source>
        <translation>Beim Schließen des Fensters im Infobereich weiterlaufen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start in the tray</source>
        <translation>Im Infobereich starten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notify me of each new lead</source>
        <translation>Bei jedem neuen Lead benachrichtigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Listen address</source>
        <translation>Empfangsadresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HOST:PORT, e.g. 127.0.0.1:8088. Applied at once; a busy port keeps the old address.</source>
        <translation>HOST:PORT, z. B. 127.0.0.1:8088. Wird sofort übernommen; bei belegtem Port bleibt die alte Adresse.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Public URL</source>
        <translation>Öffentliche URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your tunnel&apos;s URL, used in lead links and snippets. Empty uses the listen address.</source>
        <translation>Die URL Ihres Tunnels, verwendet in Lead-Links und Snippets. Leer verwendet die Empfangsadresse.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Listener threads</source>
        <translation>Empfangs-Threads</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>0 uses one per processor core.</source>
        <translation>0 verwendet einen pro Prozessorkern.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>Empty shows a translated default.</source>
        <translation>Leer zeigt einen übersetzten Standardtext.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Introduction</source>
        <translation>Einleitung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accent colour</source>
        <translation>Akzentfarbe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>#rgb or #rrggbb.</source>
        <translation>#rgb oder #rrggbb.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thank-you page URL</source>
        <translation>URL der Dankeseite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where people go after sending the form. Empty shows a thank-you page.</source>
        <translation>Wohin Besucher nach dem Absenden des Formulars gelangen. Leer zeigt eine Dankeseite.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minimum fill time (ms)</source>
        <translation>Mindest-Ausfüllzeit (ms)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Faster submissions are treated as bots and kept as spam.</source>
        <translation>Schnellere Einsendungen gelten als Bots und werden als Spam aufbewahrt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Websites allowed to post from the browser</source>
        <translation>Websites, die aus dem Browser senden dürfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Origins such as https://www.example.com, separated by commas.</source>
        <translation>Origins wie https://www.example.com, durch Kommas getrennt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lead API: leads per hour</source>
        <translation>Lead-API: Leads pro Stunde</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+3"/>
        <source>0 means unlimited.</source>
        <translation>0 bedeutet unbegrenzt.</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Form and capture: requests per visitor per minute</source>
        <translation>Formular und Capture: Anfragen pro Besucher und Minute</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New contacts per hour</source>
        <translation>Neue Kontakte pro Stunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protects the disk from floods; 0 means unlimited.</source>
        <translation>Schützt den Datenträger vor Überflutung; 0 bedeutet unbegrenzt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Largest request body (bytes)</source>
        <translation>Größter Anfrage-Body (Bytes)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Largest request headers (bytes)</source>
        <translation>Größte Anfrage-Header (Bytes)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open connections at most</source>
        <translation>Höchstzahl offener Verbindungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Idle connection timeout (ms)</source>
        <translation>Zeitlimit für inaktive Verbindungen (ms)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time to send request headers (ms)</source>
        <translation>Zeit zum Senden der Anfrage-Header (ms)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Allow API-created webhooks to reach private addresses</source>
        <translation>Per API erstellten Webhooks private Adressen erlauben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Off protects this network from webhooks created with an API key.</source>
        <translation>Aus schützt dieses Netzwerk vor Webhooks, die mit einem API-Schlüssel erstellt wurden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retry schedule (seconds)</source>
        <translation>Wiederholungsplan (Sekunden)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+47"/>
        <source>Delays between attempts, separated by commas.</source>
        <translation>Wartezeiten zwischen den Versuchen, durch Kommas getrennt.</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Connect timeout (ms)</source>
        <translation>Verbindungs-Zeitlimit (ms)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total timeout (ms)</source>
        <translation>Gesamt-Zeitlimit (ms)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disable after failing for (hours)</source>
        <translation>Deaktivieren nach Fehlern über (Stunden)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the delivery log for (days)</source>
        <translation>Zustellprotokoll aufbewahren für (Tage)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SMTP server</source>
        <translation>SMTP-Server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your provider&apos;s outgoing server, e.g. smtps://smtp.fastmail.com:465. Empty sends no mail.</source>
        <translation>Der Postausgangsserver Ihres Anbieters, z. B. smtps://smtp.fastmail.com:465. Leer sendet keine Mails.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Encryption for smtp://</source>
        <translation>Verschlüsselung für smtp://</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>starttls, tls or none (only to this computer). smtps:// is always TLS.</source>
        <translation>starttls, tls oder none (nur zu diesem Computer). smtps:// ist immer TLS.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SMTP user name</source>
        <translation>SMTP-Benutzername</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Usually your full email address.</source>
        <translation>Meist Ihre vollständige E-Mail-Adresse.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SMTP password</source>
        <translation>SMTP-Passwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gmail and Outlook need an app password. Stored encrypted.</source>
        <translation>Gmail und Outlook brauchen ein App-Passwort. Wird verschlüsselt gespeichert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trusted certificates (PEM file)</source>
        <translation>Vertrauenswürdige Zertifikate (PEM-Datei)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only for a server with its own certificate. Empty uses the system&apos;s.</source>
        <translation>Nur für einen Server mit eigenem Zertifikat. Leer verwendet die des Systems.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send as</source>
        <translation>Senden als</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E.g. Jane Photo &lt;hello@janephoto.example&gt;.</source>
        <translation>Z. B. Jane Photo &lt;hello@janephoto.example&gt;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your email address</source>
        <translation>Ihre E-Mail-Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alerts about new inquiries go here; replies to auto-replies too.</source>
        <translation>Hinweise auf neue Anfragen gehen hierhin, Antworten auf Auto-Antworten auch.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Business name</source>
        <translation>Firmenname</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alert me of new inquiries</source>
        <translation>Mich über neue Anfragen benachrichtigen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>each or off.</source>
        <translation>each oder off.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answer each new inquiry with an auto-reply</source>
        <translation>Jede neue Anfrage mit einer Auto-Antwort beantworten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Auto-reply to inquiries from</source>
        <translation>Auto-Antwort auf Anfragen über</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>api, capture and form, separated by commas.</source>
        <translation>api, capture und form, durch Kommas getrennt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One auto-reply per address every (hours)</source>
        <translation>Eine Auto-Antwort pro Adresse alle (Stunden)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Auto-replies per hour at most</source>
        <translation>Höchstens Auto-Antworten pro Stunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Past it they wait, and you are told.</source>
        <translation>Darüber hinaus warten sie, und Sie werden benachrichtigt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wait before auto-replying (seconds)</source>
        <translation>Warten vor der Auto-Antwort (Sekunden)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mail retry schedule (seconds)</source>
        <translation>Wiederholungsplan für Mails (Sekunden)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SMTP connect timeout (ms)</source>
        <translation>SMTP-Verbindungs-Timeout (ms)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SMTP total timeout (ms)</source>
        <translation>SMTP-Gesamt-Timeout (ms)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the mail log for (days)</source>
        <translation>Mail-Protokoll aufbewahren für (Tage)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back up automatically every day</source>
        <translation>Täglich automatisch sichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backups kept</source>
        <translation>Aufbewahrte Sicherungen</translation>
    </message>
</context>
<context>
    <name>SettingsSchema</name>
    <message>
        <location filename="../core/settings/SettingsSchema.cpp" line="+22"/>
        <source>must be a whole number from %1 to %2</source>
        <translation>muss eine ganze Zahl von %1 bis %2 sein</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>must list at most 20 delays</source>
        <translation>darf höchstens 20 Wartezeiten enthalten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be comma-separated delays in seconds (0.01 to 604800), e.g. 5,300,1800</source>
        <translation>muss aus durch Kommas getrennten Wartezeiten in Sekunden bestehen (0,01 bis 604800), z. B. 5,300,1800</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>must be a number from %1 to %2</source>
        <translation>muss eine Zahl von %1 bis %2 sein</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>must be starttls, tls or none</source>
        <translation>muss starttls, tls oder none sein</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>must be each or off</source>
        <translation>muss each oder off sein</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>must list channels from api, capture and form, separated by commas (empty = none)</source>
        <translation>muss Kanäle aus api, capture und form nennen, durch Kommas getrennt (leer = keine)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>must be an absolute http(s) URL such as https://leads.example.com</source>
        <translation>muss eine absolute http(s)-URL sein, z. B. https://leads.example.com</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>must be empty (the system language) or one of en, de, es, fr</source>
        <translation>muss leer sein (Systemsprache) oder eines von en, de, es, fr</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>must be an absolute http(s) URL such as https://example.com/thank-you</source>
        <translation>muss eine absolute http(s)-URL sein, z. B. https://example.com/thank-you</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>must be a hex colour such as #6d28d9</source>
        <translation>muss eine Hex-Farbe sein, z. B. #6d28d9</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&apos;%1&apos; is not an origin: list origins such as https://www.example.com, separated by commas or spaces</source>
        <translation>„%1“ ist kein Origin: Geben Sie Origins wie https://www.example.com an, getrennt durch Kommas oder Leerzeichen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>must be at most %1 characters</source>
        <translation>darf höchstens %1 Zeichen lang sein</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>must be one line without control characters</source>
        <translation>muss eine Zeile ohne Steuerzeichen sein</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>must be empty (the system&apos;s certificates) or the full path of a readable PEM file</source>
        <translation>muss leer sein (die Zertifikate des Systems) oder der vollständige Pfad einer lesbaren PEM-Datei</translation>
    </message>
</context>
<context>
    <name>SmtpUrl</name>
    <message>
        <location filename="../core/mail/SmtpUrl.cpp" line="+57"/>
        <source>must be an SMTP URL such as smtps://smtp.example.com:465 or smtp://smtp.example.com:587 (STARTTLS)</source>
        <translation>muss eine SMTP-URL wie smtps://smtp.example.com:465 oder smtp://smtp.example.com:587 (STARTTLS) sein</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>must name the mail server, e.g. smtps://smtp.example.com:465</source>
        <translation>muss den Mailserver nennen, z. B. smtps://smtp.example.com:465</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must not hold a user name or password: set mail_smtp_username and mail_smtp_password instead</source>
        <translation>darf keinen Benutzernamen und kein Passwort enthalten: setzen Sie stattdessen mail_smtp_username und mail_smtp_password</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be only scheme, server and port, e.g. smtps://smtp.example.com:465</source>
        <translation>darf nur Schema, Server und Port enthalten, z. B. smtps://smtp.example.com:465</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must have a port from 1 to 65535</source>
        <translation>muss einen Port von 1 bis 65535 haben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>smtp+plain:// and mail_smtp_tls none send passwords and mail unencrypted and are only allowed to this machine (localhost); use smtps:// or smtp:// (STARTTLS)</source>
        <translation>smtp+plain:// und mail_smtp_tls none senden Passwörter und Mails unverschlüsselt und sind nur zu diesem Rechner (localhost) erlaubt; verwenden Sie smtps:// oder smtp:// (STARTTLS)</translation>
    </message>
    <message>
        <source>smtp+plain:// sends passwords and mail unencrypted and is only allowed to this machine (localhost); use smtps:// or smtp:// (STARTTLS)</source>
        <translation type="vanished">smtp+plain:// sendet Passwörter und Mails unverschlüsselt und ist nur zu diesem Rechner (localhost) erlaubt; verwenden Sie smtps:// oder smtp:// (STARTTLS)</translation>
    </message>
</context>
<context>
    <name>WebhookMessages</name>
    <message>
        <location filename="../core/webhooks/WebhookMessages.h" line="+20"/>
        <source>The receiver answered 410 Gone: it no longer wants these events.</source>
        <translation>Der Empfänger hat mit 410 Gone geantwortet: Er möchte diese Ereignisse nicht mehr erhalten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every delivery failed since %1; the webhook was turned off.</source>
        <translation>Seit %1 ist jede Zustellung fehlgeschlagen; der Webhook wurde abgeschaltet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Turned off by the owner.</source>
        <translation>Vom Besitzer abgeschaltet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the signing secret cannot be decrypted (webhook-secrets.key is missing or was replaced); re-create this webhook</source>
        <translation>das Signaturgeheimnis kann nicht entschlüsselt werden (webhook-secrets.key fehlt oder wurde ersetzt); legen Sie diesen Webhook neu an</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>refused target: %1</source>
        <translation>Ziel abgelehnt: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot resolve %1: %2</source>
        <translation>%1 kann nicht aufgelöst werden: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the webhook was removed</source>
        <translation>der Webhook wurde entfernt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>timed out after %1 ms without a complete answer</source>
        <translation>Zeitüberschreitung nach %1 ms ohne vollständige Antwort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>could not connect within %1 ms</source>
        <translation>keine Verbindung innerhalb von %1 ms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>redirect not followed (HTTP %1 to %2); point the webhook at the final URL</source>
        <translation>Weiterleitung nicht gefolgt (HTTP %1 nach %2); richten Sie den Webhook auf die endgültige URL</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is a loopback or private network address; webhooks created with an API key may only target public addresses (turn on the webhooks_allow_private_targets setting to allow it)</source>
        <translation>%1 ist eine Loopback- oder private Netzwerkadresse; mit einem API-Schlüssel angelegte Webhooks dürfen nur öffentliche Adressen erreichen (die Einstellung webhooks_allow_private_targets erlaubt es)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is a link-local, multicast, broadcast or unspecified address, which webhooks never target</source>
        <translation>%1 ist eine Link-Local-, Multicast-, Broadcast- oder unspezifizierte Adresse, die Webhooks nie erreichen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the host name does not resolve to any address</source>
        <translation>der Hostname wird zu keiner Adresse aufgelöst</translation>
    </message>
</context>
<context>
    <name>rmx::ui::ApiKeysPage</name>
    <message>
        <location filename="../ui/keys/ApiKeysPage.cpp" line="+28"/>
        <source>API keys let your website, Zapier, n8n or ad platforms send leads to &lt;code&gt;POST /api/v1/leads&lt;/code&gt;. Each key is shown once when it is created; only its prefix is kept visible.</source>
        <translation>Mit API-Schlüsseln können Ihre Website, Zapier, n8n oder Werbeplattformen Leads an &lt;code&gt;POST /api/v1/leads&lt;/code&gt; senden. Jeder Schlüssel wird beim Erstellen einmalig angezeigt; danach bleibt nur sein Präfix sichtbar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;New API key…</source>
        <translation>&amp;Neuer API-Schlüssel…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Revoke…</source>
        <translation>&amp;Widerrufen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Prefix</source>
        <translation>Präfix</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last used</source>
        <translation>Zuletzt verwendet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>API keys</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Revoke API key</source>
        <translation>API-Schlüssel widerrufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoke %1? Anything still using it will be refused from the next request on. This cannot be undone.</source>
        <translation>%1 widerrufen? Alles, was den Schlüssel noch verwendet, wird ab der nächsten Anfrage abgewiesen. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
</context>
<context>
    <name>rmx::ui::ColumnMappingPage</name>
    <message>
        <location filename="../ui/import/ColumnMappingPage.cpp" line="+28"/>
        <source>Match the columns</source>
        <translation>Spalten zuordnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose which lead field each column of %1 fills. Columns set to &quot;Ignore&quot; are not imported.</source>
        <translation>Wählen Sie, welches Lead-Feld jede Spalte von %1 füllt. Spalten auf „Ignorieren“ werden nicht importiert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reading the file…</source>
        <translation>Datei wird gelesen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Columns of the file</source>
        <translation>Spalten der Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Imported as</source>
        <translation>Importiert als</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Example</source>
        <translation>Beispiel</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 (day first)</source>
        <translation>%1 (Tag zuerst)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (month first)</source>
        <translation>%1 (Monat zuerst)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Event dates are written like</source>
        <translation>Veranstaltungsdaten sind geschrieben wie</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>This file cannot be read: %1</source>
        <translation>Diese Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n column(s) found, each shown with its first value.</source>
        <translation>
            <numerusform>%n Spalte gefunden, mit ihrem ersten Wert gezeigt.</numerusform>
            <numerusform>%n Spalten gefunden, jede mit ihrem ersten Wert gezeigt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(no name)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Lead field for column %1</source>
        <translation>Lead-Feld für Spalte %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ignore</source>
        <translation>Ignorieren</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Full name (or First name and Last name)</source>
        <translation>Vollständiger Name (oder Vorname und Nachname)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every lead needs these fields; choose the columns that hold them: %1</source>
        <translation>Jeder Lead braucht diese Felder; wählen Sie die Spalten, die sie enthalten: %1</translation>
    </message>
</context>
<context>
    <name>rmx::ui::ConnectPage</name>
    <message>
        <location filename="../ui/ConnectPage.cpp" line="+41"/>
        <source>Send &amp;test lead</source>
        <translation>Test-Lead &amp;senden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;h3&gt;Connect your website&lt;/h3&gt;&lt;p&gt;RemixCRM listens on this computer. To receive leads from the internet, run a tunnel (cloudflared, ngrok or Tailscale Funnel — see the snippets below) to the listen address, then enter the tunnel&apos;s URL as the public URL. Every snippet and every &lt;code&gt;lead_url&lt;/code&gt; uses it.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Website verbinden&lt;/h3&gt;&lt;p&gt;RemixCRM empfängt Leads auf diesem Computer. Um Leads aus dem Internet zu empfangen, richten Sie einen Tunnel (cloudflared, ngrok oder Tailscale Funnel – siehe die Snippets unten) zur Empfangsadresse ein und tragen Sie dann die URL des Tunnels als öffentliche URL ein. Jedes Snippet und jede &lt;code&gt;lead_url&lt;/code&gt; verwendet sie.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Public URL</source>
        <translation>Öffentliche URL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Use this URL</source>
        <translation>Diese URL &amp;verwenden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;b&gt;No public URL yet:&lt;/b&gt; the snippets below only work on this computer. To receive leads from your website, Zapier or n8n, &lt;a href=&quot;#tunnel&quot;&gt;set up a tunnel&lt;/a&gt; and enter its URL here.</source>
        <translation>&lt;b&gt;Noch keine öffentliche URL:&lt;/b&gt; Die Snippets unten funktionieren nur auf diesem Computer. Um Leads von Ihrer Website, Zapier oder n8n zu empfangen, &lt;a href=&quot;#tunnel&quot;&gt;richten Sie einen Tunnel ein&lt;/a&gt; und tragen Sie hier seine URL ein.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Snippet</source>
        <translation>Snippet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Snippet text</source>
        <translation>Snippet-Text</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="vanished">&amp;Kopieren</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Listener</source>
        <translation>Empfang</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Public URL</source>
        <translation>Ö&amp;ffentliche URL</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Not saved: the public URL %1.</source>
        <translation>Nicht gespeichert: Die öffentliche URL %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not saved: the setting could not be written.</source>
        <translation>Nicht gespeichert: Die Einstellung konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cleared: links use the listen address.</source>
        <translation>Geleert: Links verwenden die Empfangsadresse.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved: new lead links and snippets use %1.</source>
        <translation>Gespeichert: Neue Lead-Links und Snippets verwenden %1.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The test could not start: no key could be created.</source>
        <translation>Der Test konnte nicht starten: Es konnte kein Schlüssel erstellt werden.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Test Lead</source>
        <translation>Test-Lead</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sent from the Connect page to check the connection.</source>
        <translation>Von der Seite „Verbinden“ gesendet, um die Verbindung zu prüfen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Test lead created (201) in %1 ms through %2: %3</source>
        <translation>Test-Lead in %1 ms über %2 erstellt (201): %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The listener answered %1: %2</source>
        <translation>Der Empfang antwortete mit %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No answer from %1: %2</source>
        <translation>Keine Antwort von %1: %2</translation>
    </message>
</context>
<context>
    <name>rmx::ui::ContactDetail</name>
    <message>
        <location filename="../ui/ContactDetail.cpp" line="+50"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Revert</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No leads yet: this contact came in without an event date.</source>
        <translation>Noch keine Leads: Dieser Kontakt kam ohne Veranstaltungsdatum herein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No campaign or page details were sent.</source>
        <translation>Es wurden keine Kampagnen- oder Seitendetails übermittelt.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;First name</source>
        <translation>&amp;Vorname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Last name</source>
        <translation>&amp;Nachname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;tage</source>
        <translation>&amp;Phase</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Leads of this contact</source>
        <translation>Leads dieses Kontakts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Double-click a lead to open it on the Leads page.</source>
        <translation>Doppelklicken Sie auf einen Lead, um ihn auf der Seite „Leads“ zu öffnen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Where they came from</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Select a contact to see it here.</source>
        <translation>Wählen Sie einen Kontakt aus, um ihn hier anzuzeigen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>via %1</source>
        <translation>über %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>since %1</source>
        <translation>seit %1</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>No event date</source>
        <translation>Kein Veranstaltungsdatum</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Received %1</source>
        <translation>Eingegangen %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+18"/>
        <location line="+34"/>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Not saved: the contact could not be written. Try again.</source>
        <translation>Nicht gespeichert: Der Kontakt konnte nicht geschrieben werden. Bitte versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>The changes to %1 cannot be saved as they are.</source>
        <translation type="vanished">Die Änderungen an %1 können so nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation type="vanished">Änderungen &amp;verwerfen</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation type="vanished">&amp;Weiter bearbeiten</translation>
    </message>
</context>
<context>
    <name>rmx::ui::ContactTableModel</name>
    <message>
        <location filename="../ui/ContactTableModel.cpp" line="+152"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
</context>
<context>
    <name>rmx::ui::ContactsPage</name>
    <message>
        <location filename="../ui/ContactsPage.cpp" line="+35"/>
        <source>&amp;Merge duplicates…</source>
        <translation>Duplikate &amp;zusammenführen…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Search name, email or phone</source>
        <translation>Name, E-Mail oder Telefon durchsuchen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search contacts</source>
        <translation>Kontakte durchsuchen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select two contacts (Ctrl+click) that are the same person.</source>
        <translation>Wählen Sie zwei Kontakte aus (Strg+Klick), die dieselbe Person sind.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>&lt;h3&gt;No contacts yet&lt;/h3&gt;&lt;p&gt;Everyone who sends you a lead or fills in your form gets one entry here, one per email address. Share your form from the &lt;b&gt;Connect&lt;/b&gt; page to get started.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Noch keine Kontakte&lt;/h3&gt;&lt;p&gt;Jeder, der Ihnen einen Lead sendet oder Ihr Formular ausfüllt, erhält hier einen Eintrag, einen pro E-Mail-Adresse. Teilen Sie Ihr Formular über die Seite &lt;b&gt;Verbinden&lt;/b&gt;, um loszulegen.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <location line="-3"/>
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n Kontakt</numerusform>
            <numerusform>%n Kontakte</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;h3&gt;No contacts match&lt;/h3&gt;&lt;p&gt;No name, email or phone fits this search. &lt;a href=&quot;clear&quot;&gt;Show all contacts&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Keine passenden Kontakte&lt;/h3&gt;&lt;p&gt;Kein Name, keine E-Mail und keine Telefonnummer passt zu dieser Suche. &lt;a href=&quot;clear&quot;&gt;Alle Kontakte zeigen&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Merge contacts</source>
        <translation>Kontakte zusammenführen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge these two contacts into one? The other one&apos;s leads move to the contact you keep, and its campaign details fill in what is missing. The other contact is then deleted; this cannot be undone.</source>
        <translation>Diese beiden Kontakte zu einem zusammenführen? Die Leads des anderen Kontakts wandern zu dem Kontakt, den Sie behalten, und seine Kampagnendetails ergänzen fehlende Angaben. Der andere Kontakt wird anschließend gelöscht; dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keep %1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt; behalten</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The contacts could not be merged. Try again.</source>
        <translation>Die Kontakte konnten nicht zusammengeführt werden. Bitte versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Merged %1 into %2.</source>
        <translation>%1 wurde mit %2 zusammengeführt.</translation>
    </message>
</context>
<context>
    <name>rmx::ui::CopyButton</name>
    <message>
        <location filename="../ui/CopyButton.cpp" line="+11"/>
        <location line="+8"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+8"/>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
</context>
<context>
    <name>rmx::ui::CreateKeyDialog</name>
    <message>
        <location filename="../ui/keys/CreateKeyDialog.cpp" line="+26"/>
        <source>&amp;Create</source>
        <translation>&amp;Erstellen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New API key</source>
        <translation>Neuer API-Schlüssel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give the key a name that says where it is used, e.g. &quot;Website contact form&quot;.</source>
        <translation>Geben Sie dem Schlüssel einen Namen, der zeigt, wo er verwendet wird, z. B. „Kontaktformular Website“.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Key name</source>
        <translation>Schlüsselname</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&lt;b&gt;Copy this key now. You won&apos;t see it again.&lt;/b&gt;&lt;br&gt;RemixCRM keeps only a salted hash of it. Keep it on your server side: never put it in a web page&apos;s JavaScript.</source>
        <translation>&lt;b&gt;Kopieren Sie diesen Schlüssel jetzt. Er wird nicht noch einmal angezeigt.&lt;/b&gt;&lt;br&gt;RemixCRM speichert nur einen gesalzenen Hash davon. Verwenden Sie ihn nur serverseitig und niemals im JavaScript einer Webseite.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your new API key</source>
        <translation>Ihr neuer API-Schlüssel</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="vanished">&amp;Kopieren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Done</source>
        <translation>&amp;Fertig</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Please enter a name.</source>
        <translation>Bitte geben Sie einen Namen ein.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The key could not be created. Try again.</source>
        <translation>Der Schlüssel konnte nicht erstellt werden. Bitte versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>rmx::ui::DryRunPage</name>
    <message>
        <location filename="../ui/import/DryRunPage.cpp" line="+22"/>
        <source>Check before importing</source>
        <translation>Vor dem Import prüfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every row is checked against your leads. Nothing has been written yet.</source>
        <translation>Jede Zeile wird mit Ihren Leads abgeglichen. Noch wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Checking progress</source>
        <translation>Fortschritt der Prüfung</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Checking the rows…</source>
        <translation>Zeilen werden geprüft…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The check stopped: the database could not be read.</source>
        <translation>Die Prüfung wurde abgebrochen: Die Datenbank konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Nothing to import.&lt;/b&gt; No row is a new lead; see why below.</source>
        <translation>&lt;b&gt;Nichts zu importieren.&lt;/b&gt; Keine Zeile ist ein neuer Lead; die Gründe stehen unten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing has been written yet. Click &lt;b&gt;Import&lt;/b&gt; to add these leads, or &lt;b&gt;Back&lt;/b&gt; to change the columns.</source>
        <translation>Noch wurde nichts gespeichert. Klicken Sie auf &lt;b&gt;Importieren&lt;/b&gt;, um diese Leads hinzuzufügen, oder auf &lt;b&gt;Zurück&lt;/b&gt;, um die Spalten zu ändern.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>&amp;Import %n lead(s)</source>
        <translation>
            <numerusform>%n Lead &amp;importieren</numerusform>
            <numerusform>%n Leads &amp;importieren</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rmx::ui::EventDateEdit</name>
    <message>
        <location filename="../ui/EventDateEdit.cpp" line="+19"/>
        <source>Past</source>
        <translation>Vergangen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The event has a date</source>
        <translation>Die Veranstaltung hat ein Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear for an inquiry that names no date yet.</source>
        <translation>Abwählen für eine Anfrage, die noch kein Datum nennt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No date</source>
        <translation>Kein Datum</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This event date has passed.</source>
        <translation>Dieses Veranstaltungsdatum liegt in der Vergangenheit.</translation>
    </message>
</context>
<context>
    <name>rmx::ui::ImportDialog</name>
    <message>
        <location filename="../ui/import/ImportDialog.cpp" line="+24"/>
        <source>Import leads from CSV</source>
        <translation>Leads aus CSV importieren</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
</context>
<context>
    <name>rmx::ui::ImportProgressPage</name>
    <message>
        <location filename="../ui/import/ImportProgressPage.cpp" line="+28"/>
        <source>&amp;Stop import</source>
        <translation>Import &amp;anhalten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Importing</source>
        <translation>Import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leads are added in batches, each with its history and lead.created event.</source>
        <translation>Leads werden in Stapeln hinzugefügt, jeder mit Verlauf und lead.created-Ereignis.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import progress</source>
        <translation>Fortschritt des Imports</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stops after the batch being written. Leads already imported stay.</source>
        <translation>Hält nach dem Stapel an, der gerade gespeichert wird. Bereits importierte Leads bleiben erhalten.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Importing…</source>
        <translation>Import läuft…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Stopping after the current batch…</source>
        <translation>Wird nach dem aktuellen Stapel angehalten…</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Importing… %1 of %n row(s) done.</source>
        <translation>
            <numerusform>Import läuft… %1 von %n Zeile erledigt.</numerusform>
            <numerusform>Import läuft… %1 von %n Zeilen erledigt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Importing… %n row(s) done.</source>
        <translation>
            <numerusform>Import läuft… %n Zeile erledigt.</numerusform>
            <numerusform>Import läuft… %n Zeilen erledigt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>&lt;b&gt;The import stopped:&lt;/b&gt; the database could not be written. The %n lead(s) imported before that stay; importing the file again skips them as duplicates.</source>
        <translation>
            <numerusform>&lt;b&gt;Der Import wurde abgebrochen:&lt;/b&gt; Die Datenbank konnte nicht geschrieben werden. Der %n zuvor importierte Lead bleibt erhalten; ein erneuter Import der Datei überspringt ihn als Duplikat.</numerusform>
            <numerusform>&lt;b&gt;Der Import wurde abgebrochen:&lt;/b&gt; Die Datenbank konnte nicht geschrieben werden. Die %n zuvor importierten Leads bleiben erhalten; ein erneuter Import der Datei überspringt sie als Duplikate.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>&lt;b&gt;Import stopped.&lt;/b&gt; The %n lead(s) imported before you stopped stay in RemixCRM. To add the rest, import the file again: rows already imported are skipped as duplicates.</source>
        <translation>
            <numerusform>&lt;b&gt;Import angehalten.&lt;/b&gt; Der %n vor dem Anhalten importierte Lead bleibt in RemixCRM. Um den Rest hinzuzufügen, importieren Sie die Datei erneut: Bereits importierte Zeilen werden als Duplikate übersprungen.</numerusform>
            <numerusform>&lt;b&gt;Import angehalten.&lt;/b&gt; Die %n vor dem Anhalten importierten Leads bleiben in RemixCRM. Um den Rest hinzuzufügen, importieren Sie die Datei erneut: Bereits importierte Zeilen werden als Duplikate übersprungen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;Done.&lt;/b&gt; The imported leads are in your Leads list now.</source>
        <translation>&lt;b&gt;Fertig.&lt;/b&gt; Die importierten Leads stehen jetzt in Ihrer Lead-Liste.</translation>
    </message>
</context>
<context>
    <name>rmx::ui::ImportSummaryView</name>
    <message>
        <location filename="../ui/import/ImportSummaryView.cpp" line="+23"/>
        <source>Rows that cannot be imported</source>
        <translation>Zeilen, die nicht importiert werden können</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%n row(s) read.</source>
        <translation>
            <numerusform>%n Zeile gelesen.</numerusform>
            <numerusform>%n Zeilen gelesen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n lead(s) would be imported</source>
        <translation>
            <numerusform>%n Lead würde importiert</numerusform>
            <numerusform>%n Leads würden importiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n lead(s) imported</source>
        <translation>
            <numerusform>%n Lead importiert</numerusform>
            <numerusform>%n Leads importiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n with a new contact</source>
        <translation>
            <numerusform>%n mit neuem Kontakt</numerusform>
            <numerusform>%n mit neuem Kontakt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n for a contact you already have (matched by email)</source>
        <translation>
            <numerusform>%n für einen vorhandenen Kontakt (per E-Mail erkannt)</numerusform>
            <numerusform>%n für vorhandene Kontakte (per E-Mail erkannt)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n duplicate(s) skipped (same email and event date)</source>
        <translation>
            <numerusform>%n Duplikat übersprungen (gleiche E-Mail und gleiches Datum)</numerusform>
            <numerusform>%n Duplikate übersprungen (gleiche E-Mail und gleiches Datum)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n row(s) with errors, not imported</source>
        <translation>
            <numerusform>%n fehlerhafte Zeile, nicht importiert</numerusform>
            <numerusform>%n fehlerhafte Zeilen, nicht importiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+47"/>
        <source>…and %n more row(s) not shown.</source>
        <translation>
            <numerusform>…und %n weitere Zeile, nicht angezeigt.</numerusform>
            <numerusform>…und %n weitere Zeilen, nicht angezeigt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rmx::ui::ImportWorker</name>
    <message>
        <location filename="../ui/import/ImportWorker.cpp" line="+27"/>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
</context>
<context>
    <name>rmx::ui::LeadDetailsView</name>
    <message>
        <location filename="../ui/LeadDetailsView.cpp" line="+45"/>
        <source>Details from the inquiry</source>
        <translation>Angaben aus der Anfrage</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Event type (not in your list)</source>
        <translation>Art der Veranstaltung (nicht in Ihrer Liste)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Left out</source>
        <translation>Ausgelassen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Some fields did not fit and were not kept.</source>
        <translation>Einige Felder passten nicht mehr und wurden nicht gespeichert.</translation>
    </message>
</context>
<context>
    <name>rmx::ui::LeadEditor</name>
    <message>
        <location filename="../ui/LeadEditor.cpp" line="+79"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Revert</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;lete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The lead_url the Lead API and webhooks give out for this lead. Clicking it selects the lead.</source>
        <translation>Die lead_url, die die Lead-API und Webhooks für diesen Lead ausgeben. Ein Klick darauf wählt den Lead aus.</translation>
    </message>
    <message>
        <source>No date</source>
        <translation type="vanished">Kein Datum</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Changes save themselves as you type; this saves them now (Ctrl+S).</source>
        <translation>Änderungen werden beim Tippen von selbst gespeichert; hiermit sofort (Strg+S).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;First name</source>
        <translation>&amp;Vorname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Last name</source>
        <translation>&amp;Nachname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Email</source>
        <translation>&amp;E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event &amp;date</source>
        <translation>Veranstaltungs&amp;datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event &amp;type</source>
        <translation>Veranstaltungs&amp;art</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ource</source>
        <translation>&amp;Quelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Notes</source>
        <translation>N&amp;otizen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location line="+121"/>
        <location line="+17"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location line="+97"/>
        <location line="+21"/>
        <location line="+38"/>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>The changes to %1 cannot be saved as they are.</source>
        <translation type="vanished">Die Änderungen an %1 können so nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation type="vanished">Änderungen &amp;verwerfen</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation type="vanished">&amp;Weiter bearbeiten</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Delete lead</source>
        <translation>Lead löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the lead from %1? You can undo this right after.</source>
        <translation>Den Lead von %1 löschen? Sie können dies direkt danach rückgängig machen.</translation>
    </message>
    <message>
        <location line="-219"/>
        <source>Select a lead to see it here.</source>
        <translation>Wählen Sie einen Lead aus, um ihn hier anzuzeigen.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Link: %1</source>
        <translation>Link: %1</translation>
    </message>
    <message>
        <location line="+127"/>
        <location line="+67"/>
        <source>Not saved: the lead could not be written. Try again.</source>
        <translation>Nicht gespeichert: Der Lead konnte nicht geschrieben werden. Bitte versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Date conflict: %1 is also taken by %2.</source>
        <translation>Terminkonflikt: %1 ist auch durch %2 belegt.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Created via %1</source>
        <translation>Erstellt über %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status: %1 → %2</source>
        <translation>Status: %1 → %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Edited: %1</source>
        <translation>Bearbeitet: %1</translation>
    </message>
</context>
<context>
    <name>rmx::ui::LeadRowMenu</name>
    <message>
        <location filename="../ui/LeadRowMenu.cpp" line="+38"/>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copy &amp;email</source>
        <translation>&amp;E-Mail kopieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy &amp;phone</source>
        <translation>&amp;Telefonnummer kopieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Call %1</source>
        <translation>%1 &amp;anrufen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Write to %1</source>
        <translation>An %1 sch&amp;reiben</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
</context>
<context>
    <name>rmx::ui::LeadTableModel</name>
    <message>
        <location filename="../ui/LeadTableModel.cpp" line="+73"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 (test)</source>
        <translation>%1 (Test)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 (unread)</source>
        <translation>%1 (ungelesen)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event date</source>
        <translation>Veranstaltungsdatum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event type</source>
        <translation>Veranstaltungsart</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Received</source>
        <translation>Eingegangen</translation>
    </message>
</context>
<context>
    <name>rmx::ui::LeadsPage</name>
    <message>
        <location filename="../ui/LeadsPage.cpp" line="+50"/>
        <source>New since I last looked</source>
        <translation>Neu seit meinem letzten Besuch</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Search name, email, phone, notes or source</source>
        <translation>Name, E-Mail, Telefon, Notizen oder Quelle durchsuchen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search leads</source>
        <translation>Leads durchsuchen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter by status</source>
        <translation>Nach Status filtern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <location line="+293"/>
        <source>&lt;h3&gt;No leads yet&lt;/h3&gt;&lt;p&gt;Create an API key, then connect your website form, Zapier or n8n on the &lt;b&gt;Connect&lt;/b&gt; page. New leads show up here within a second.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Noch keine Leads&lt;/h3&gt;&lt;p&gt;Erstellen Sie einen API-Schlüssel und verbinden Sie dann auf der Seite &lt;b&gt;Verbinden&lt;/b&gt; Ihr Website-Formular, Zapier oder n8n. Neue Leads erscheinen hier innerhalb einer Sekunde.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="-271"/>
        <location line="+12"/>
        <source>Any date</source>
        <translation>Beliebiges Datum</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Event dates</source>
        <translation>Veranstaltungsdaten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This month</source>
        <translation>Diesen Monat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next 3 months</source>
        <translation>Nächste 3 Monate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This year</source>
        <translation>Dieses Jahr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Past</source>
        <translation>Vergangen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chosen dates</source>
        <translation>Gewählte Daten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Event date from</source>
        <translation>Veranstaltungsdatum von</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event date to</source>
        <translation>Veranstaltungsdatum bis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter by source</source>
        <translation>Nach Quelle filtern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter by event type</source>
        <translation>Nach Veranstaltungsart filtern</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Event date</source>
        <translation>Veranstaltungsdatum</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>E&amp;xport CSV…</source>
        <translation>CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export leads</source>
        <translation>Leads exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Import CSV…</source>
        <translation>CSV &amp;importieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import leads from a CSV file (Ctrl+I)</source>
        <translation>Leads aus einer CSV-Datei importieren (Strg+I)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Marked %1 as %2.</source>
        <translation>%1 als „%2“ markiert.</translation>
    </message>
    <message numerus="yes">
        <location line="+176"/>
        <source>%n lead(s)</source>
        <translation>
            <numerusform>%n Lead</numerusform>
            <numerusform>%n Leads</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;h3&gt;No leads match&lt;/h3&gt;&lt;p&gt;No lead fits this search and these filters. &lt;a href=&quot;clear&quot;&gt;Show all leads&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Keine passenden Leads&lt;/h3&gt;&lt;p&gt;Kein Lead passt zu dieser Suche und diesen Filtern. &lt;a href=&quot;clear&quot;&gt;Alle Leads zeigen&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Delete lead</source>
        <translation>Lead löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the lead from %1? You can undo this right after.</source>
        <translation>Den Lead von %1 löschen? Sie können dies direkt danach rückgängig machen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Import leads</source>
        <translation>Leads importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Exporting…</source>
        <translation>Wird exportiert…</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>Exported %n lead(s) to %1.</source>
        <translation>
            <numerusform>%n Lead nach %1 exportiert.</numerusform>
            <numerusform>%n Leads nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The export could not be written to %1.</source>
        <translation>Der Export konnte nicht nach %1 geschrieben werden.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>All sources</source>
        <translation>Alle Quellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All event types</source>
        <translation>Alle Veranstaltungsarten</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Deleted the lead from %1 %2.</source>
        <translation>Lead von %1 %2 gelöscht.</translation>
    </message>
</context>
<context>
    <name>rmx::ui::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+69"/>
        <source>RemixCRM</source>
        <translation>RemixCRM</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Webhooks</source>
        <translation>Webhooks</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API Keys</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Spam</source>
        <translation>Spam</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Starting the lead listener…</source>
        <translation>Lead-Empfang wird gestartet…</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+20"/>
        <source>Listening on %1</source>
        <translation>Empfangsbereit auf %1</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Not listening: %1</source>
        <translation>Empfang nicht aktiv: %1</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message numerus="yes">
        <location line="+119"/>
        <source>%n new lead(s) today</source>
        <translation>
            <numerusform>%n neuer Lead heute</numerusform>
            <numerusform>%n neue Leads heute</numerusform>
        </translation>
    </message>
    <message>
        <location line="+98"/>
        <source>RemixCRM keeps listening</source>
        <translation>RemixCRM empfängt weiter Leads</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RemixCRM is still running in the tray, so leads keep arriving while the window is closed. Click the tray icon to open it again, or choose Quit there (or press Ctrl+Q) to stop it.</source>
        <translation>RemixCRM läuft im Infobereich weiter, damit auch bei geschlossenem Fenster Leads eingehen. Klicken Sie auf das Symbol im Infobereich, um das Fenster wieder zu öffnen, oder wählen Sie dort „Beenden“ (oder drücken Sie Strg+Q), um RemixCRM zu beenden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Quit RemixCRM</source>
        <translation>RemixCRM beenden</translation>
    </message>
</context>
<context>
    <name>rmx::ui::OverviewPage</name>
    <message>
        <location filename="../ui/overview/OverviewPage.cpp" line="+37"/>
        <source>Leads per week, by source</source>
        <translation>Leads pro Woche, nach Quelle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+2"/>
        <source>Upcoming booked dates</source>
        <translation>Anstehende gebuchte Termine</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No booked dates ahead yet.</source>
        <translation>Noch keine gebuchten Termine in der Zukunft.</translation>
    </message>
</context>
<context>
    <name>rmx::ui::SettingsPage</name>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="+50"/>
        <source>This desktop has no system tray, so closing the window quits RemixCRM.</source>
        <translation>Dieser Desktop hat keinen Infobereich, daher beendet das Schließen des Fensters RemixCRM.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>RemixCRM shows the new language after a restart.</source>
        <translation>RemixCRM zeigt die neue Sprache nach einem Neustart.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Last backup</source>
        <translation>Letzte Sicherung</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;About RemixCRM</source>
        <translation>Ü&amp;ber RemixCRM</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About RemixCRM</source>
        <translation>Über RemixCRM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;RemixCRM %1&lt;/h3&gt;&lt;p&gt;A self-hosted lead inbox for event vendors: leads from your website, Zapier, n8n and ad platforms, stored on this computer, with signed webhooks to your other tools.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;RemixCRM %1&lt;/h3&gt;&lt;p&gt;Ein selbst gehosteter Lead-Posteingang für Event-Dienstleister: Leads von Ihrer Website, Zapier, n8n und Werbeplattformen, gespeichert auf diesem Computer, mit signierten Webhooks an Ihre anderen Tools.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Save settings</source>
        <translation>Einstellungen &amp;speichern</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Settings saved. Now listening on %1.</source>
        <translation>Einstellungen gespeichert. Jetzt empfangsbereit auf %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not move the listener: %1. It keeps running on the old address.</source>
        <translation>Die Empfangsadresse konnte nicht geändert werden: %1. Der Empfang läuft unter der bisherigen Adresse weiter.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Advanced: threads, connections, sizes and timeouts</source>
        <translation>&amp;Erweitert: Threads, Verbindungen, Größen und Zeitlimits</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>For troubleshooting: the defaults suit almost every business.</source>
        <translation>Für die Fehlersuche: Die Standardwerte passen für fast jedes Unternehmen.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>In use now: %1</source>
        <translation>Derzeit verwendet: %1</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>No automatic backup yet. They are written to %1.</source>
        <translation>Noch keine automatische Sicherung. Sicherungen werden in %1 gespeichert.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1, in %2 (%n backup(s) kept).</source>
        <translation>
            <numerusform>%1, in %2 (%n Sicherung aufbewahrt).</numerusform>
            <numerusform>%1, in %2 (%n Sicherungen aufbewahrt).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing changed.</source>
        <translation>Keine Änderungen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not saved: the settings could not be written.</source>
        <translation>Nicht gespeichert: Die Einstellungen konnten nicht geschrieben werden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Settings saved. Restart RemixCRM to see it in the new language.</source>
        <translation>Einstellungen gespeichert. Starten Sie RemixCRM neu, um es in der neuen Sprache zu sehen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Settings saved.</source>
        <translation>Einstellungen gespeichert.</translation>
    </message>
</context>
<context>
    <name>rmx::ui::SpamPage</name>
    <message>
        <location filename="../ui/SpamPage.cpp" line="+63"/>
        <source>&amp;Restore as contact</source>
        <translation>Als Kontakt &amp;wiederherstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Submissions of your hosted form that looked automated: the hidden bot field was filled in, the form was sent faster than a person can type, or its token was forged or stale. The sender saw a normal thank-you page. Restore anything that is a real inquiry.</source>
        <translation>Einsendungen Ihres gehosteten Formulars, die automatisiert wirkten: Das versteckte Bot-Feld war ausgefüllt, das Formular wurde schneller gesendet, als ein Mensch tippen kann, oder sein Token war gefälscht oder veraltet. Der Absender hat eine normale Dankeseite gesehen. Stellen Sie alles wieder her, was eine echte Anfrage ist.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Received</source>
        <translation>Eingegangen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why it was caught</source>
        <translation>Grund der Erkennung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Client IP</source>
        <translation>Client-IP</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Caught submissions</source>
        <translation>Abgefangene Einsendungen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;h3&gt;No spam caught&lt;/h3&gt;&lt;p&gt;When a bot fills in your hosted form, its submission lands here instead of among your contacts, so you can check it and restore it if it was a real person.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Kein Spam abgefangen&lt;/h3&gt;&lt;p&gt;Wenn ein Bot Ihr gehostetes Formular ausfüllt, landet seine Einsendung hier statt bei Ihren Kontakten, damit Sie sie prüfen und wiederherstellen können, falls es doch ein Mensch war.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>Could not restore the submission. Try again.</source>
        <translation>Die Einsendung konnte nicht wiederhergestellt werden. Bitte versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not restore the submission: check %1.</source>
        <translation>Die Einsendung konnte nicht wiederhergestellt werden: Bitte prüfen Sie %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restored %1 as a contact.</source>
        <translation>%1 wurde als Kontakt wiederhergestellt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restored %1 as a contact, with their lead.</source>
        <translation>%1 wurde als Kontakt wiederhergestellt, samt Lead.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Delete submission</source>
        <translation>Einsendung löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the submission from %1 for good? It cannot be restored afterwards.</source>
        <translation>Die Einsendung von %1 endgültig löschen? Sie kann danach nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an unknown sender</source>
        <translation>einem unbekannten Absender</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not delete the submission. Try again.</source>
        <translation>Die Einsendung konnte nicht gelöscht werden. Bitte versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>rmx::ui::TrayController</name>
    <message>
        <location filename="../ui/TrayController.cpp" line="+20"/>
        <source>Open RemixCRM</source>
        <translation>RemixCRM öffnen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="vanished">Beenden</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>RemixCRM</source>
        <translation>RemixCRM</translation>
    </message>
    <message>
        <source>RemixCRM — %1</source>
        <translation type="vanished">RemixCRM — %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>New lead: %1</source>
        <translation>Neuer Lead: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <location line="-24"/>
        <location line="+28"/>
        <source>%n new lead(s)</source>
        <translation>
            <numerusform>%n neuer Lead</numerusform>
            <numerusform>%n neue Leads</numerusform>
        </translation>
    </message>
    <message>
        <location line="-91"/>
        <source>Pause notifications</source>
        <translation>Benachrichtigungen pausieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Quit RemixCRM</source>
        <translation>RemixCRM beenden</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>New leads (%1)</source>
        <translation>Neue Leads (%1)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Latest: %1</source>
        <translation>Zuletzt eingegangen: %1</translation>
    </message>
</context>
<context>
    <name>rmx::ui::WebhookDialog</name>
    <message>
        <location filename="../ui/WebhookDialog.cpp" line="+31"/>
        <source>All e&amp;vents, including ones added later</source>
        <translation>Alle &amp;Ereignisse, auch später hinzugefügte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Add webhook</source>
        <translation>Webhook &amp;hinzufügen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit webhook</source>
        <translation>Webhook bearbeiten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add webhook</source>
        <translation>Webhook hinzufügen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>RemixCRM sends a signed JSON POST to this URL for each event you choose, and tries again later when your endpoint is down.</source>
        <translation>RemixCRM sendet für jedes gewählte Ereignis einen signierten JSON-POST an diese URL und versucht es später erneut, wenn Ihr Endpunkt nicht erreichbar ist.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Endpoint URL</source>
        <translation>Endpunkt-URL</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Events to send</source>
        <translation>Zu sendende Ereignisse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new lead arrives (lead.created)</source>
        <translation>Ein neuer Lead geht ein (lead.created)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A lead is edited or changes status (lead.updated)</source>
        <translation>Ein Lead wird bearbeitet oder ändert seinen Status (lead.updated)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new contact is added (contact.created)</source>
        <translation>Ein neuer Kontakt wird hinzugefügt (contact.created)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A contact is edited (contact.updated)</source>
        <translation>Ein Kontakt wird bearbeitet (contact.updated)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Endpoint &amp;URL:</source>
        <translation>Endpunkt-&amp;URL:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The signing secret stays the same. It was shown only when the webhook was added.</source>
        <translation>Das Signaturgeheimnis bleibt gleich. Es wurde nur beim Hinzufügen des Webhooks angezeigt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+11"/>
        <source>Signing secret</source>
        <translation>Signaturgeheimnis</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Your endpoint checks the &lt;code&gt;X-Rex-Signature&lt;/code&gt; header with this secret. &lt;b&gt;Copy it now: it is not shown again once the webhook is added.&lt;/b&gt;</source>
        <translation>Ihr Endpunkt prüft den Header &lt;code&gt;X-Rex-Signature&lt;/code&gt; mit diesem Geheimnis. &lt;b&gt;Kopieren Sie es jetzt: Nach dem Hinzufügen des Webhooks wird es nicht mehr angezeigt.&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+16"/>
        <source>&amp;Reveal</source>
        <translation>&amp;Anzeigen</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Reveal the signing secret</source>
        <translation>Signaturgeheimnis anzeigen</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="vanished">&amp;Kopieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy the signing secret</source>
        <translation>Signaturgeheimnis kopieren</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Hide</source>
        <translation>&amp;Verbergen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Enter the full address of your endpoint, starting with https:// or http://.</source>
        <translation>Geben Sie die vollständige Adresse Ihres Endpunkts ein, beginnend mit https:// oder http://.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose at least one event to send.</source>
        <translation>Wählen Sie mindestens ein Ereignis aus.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The webhook could not be added. Try again.</source>
        <translation>Der Webhook konnte nicht hinzugefügt werden. Bitte versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The webhook could not be saved; it may have been removed meanwhile.</source>
        <translation>Der Webhook konnte nicht gespeichert werden; möglicherweise wurde er inzwischen entfernt.</translation>
    </message>
</context>
<context>
    <name>rmx::ui::WebhooksPage</name>
    <message>
        <location filename="../ui/WebhooksPage.cpp" line="+86"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+371"/>
        <source>&amp;Disable</source>
        <translation>&amp;Deaktivieren</translation>
    </message>
    <message>
        <location line="-370"/>
        <source>Re&amp;move…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send &amp;test event</source>
        <translation>&amp;Testereignis senden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redeliver</source>
        <translation>E&amp;rneut zustellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redeliver all &amp;failed</source>
        <translation>Alle &amp;fehlgeschlagenen erneut zustellen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Webhooks send every new or changed lead to Zapier, n8n, Make or your own server as a signed JSON POST, and try again when the endpoint is down.</source>
        <translation>Webhooks senden jeden neuen oder geänderten Lead als signierten JSON-POST an Zapier, n8n, Make oder Ihren eigenen Server und versuchen es erneut, wenn der Endpunkt nicht erreichbar ist.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Add webhook…</source>
        <translation>Webhook &amp;hinzufügen…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Re-ena&amp;ble</source>
        <translation>&amp;Wieder aktivieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re-enable the webhook that was turned off</source>
        <translation>Den ausgeschalteten Webhook wieder aktivieren</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Endpoint URL</source>
        <translation>Endpunkt-URL</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+374"/>
        <source>Webhooks</source>
        <translation>Webhooks</translation>
    </message>
    <message>
        <location line="-373"/>
        <source>&lt;h3&gt;No webhooks yet&lt;/h3&gt;&lt;p&gt;Add one to send each new lead to Zapier, n8n, Make or your own server the moment it arrives.&lt;/p&gt;&lt;p&gt;Use &lt;b&gt;Add webhook…&lt;/b&gt; above to get started.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Noch keine Webhooks&lt;/h3&gt;&lt;p&gt;Fügen Sie einen hinzu, um jeden neuen Lead sofort bei Eingang an Zapier, n8n, Make oder Ihren eigenen Server zu senden.&lt;/p&gt;&lt;p&gt;Klicken Sie oben auf &lt;b&gt;Webhook hinzufügen…&lt;/b&gt;, um loszulegen.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Send a test event to the selected webhook</source>
        <translation>Ein Testereignis an den ausgewählten Webhook senden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Test event result</source>
        <translation>Ergebnis des Testereignisses</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Response</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+202"/>
        <source>Delivery log</source>
        <translation>Zustellprotokoll</translation>
    </message>
    <message>
        <location line="-200"/>
        <source>Redeliver the selected delivery</source>
        <translation>Die ausgewählte Zustellung erneut senden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Redeliver all failed deliveries of this webhook</source>
        <translation>Alle fehlgeschlagenen Zustellungen dieses Webhooks erneut senden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A redelivery keeps the event id, so your endpoint can skip events it already handled.</source>
        <translation>Eine erneute Zustellung behält die Ereignis-ID, sodass Ihr Endpunkt bereits verarbeitete Ereignisse überspringen kann.</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>All events</source>
        <translation>Alle Ereignisse</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Enabled, %n failure(s) in a row</source>
        <translation>
            <numerusform>Aktiviert, %n Fehler in Folge</numerusform>
            <numerusform>Aktiviert, %n Fehler in Folge</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Turned off: %1</source>
        <translation>Ausgeschaltet: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Delivery log of %1</source>
        <translation>Zustellprotokoll von %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>ping (test)</source>
        <translation>ping (Test)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1
Click to open this lead.</source>
        <translation>%1
Klicken, um diesen Lead zu öffnen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+227"/>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <location line="-223"/>
        <source>Delivered, %1</source>
        <translation>Zugestellt, %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Retrying at %1 (%2)</source>
        <translation>Neuer Versuch um %1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>E&amp;nable</source>
        <translation>&amp;Aktivieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enable the selected webhook</source>
        <translation>Den ausgewählten Webhook aktivieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disable the selected webhook</source>
        <translation>Den ausgewählten Webhook deaktivieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enable the webhook to send a test event.</source>
        <translation>Aktivieren Sie den Webhook, um ein Testereignis zu senden.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&lt;b&gt;Webhook to %1 was turned off automatically.&lt;/b&gt; %2 No events are sent to it until you re-enable it; fix the endpoint first.</source>
        <translation>&lt;b&gt;Der Webhook an %1 wurde automatisch ausgeschaltet.&lt;/b&gt; %2 Es werden keine Ereignisse an ihn gesendet, bis Sie ihn wieder aktivieren; beheben Sie zuerst das Problem am Endpunkt.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>(%n webhook(s) turned off in all.)</source>
        <translation>
            <numerusform>(Insgesamt %n Webhook ausgeschaltet.)</numerusform>
            <numerusform>(Insgesamt %n Webhooks ausgeschaltet.)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The change could not be saved. Try again.</source>
        <translation>Die Änderung konnte nicht gespeichert werden. Bitte versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Remove webhook</source>
        <translation>Webhook entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the webhook to %1? Events are no longer sent to it, and its delivery log is deleted.</source>
        <translation>Den Webhook an %1 entfernen? Es werden keine Ereignisse mehr an ihn gesendet, und sein Zustellprotokoll wird gelöscht.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The test event could not be queued.</source>
        <translation>Das Testereignis konnte nicht in die Warteschlange gestellt werden.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No answer after %1 seconds; see the delivery log.</source>
        <translation>Keine Antwort nach %1 Sekunden; siehe Zustellprotokoll.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>✓ Test event delivered: %1 in %2 ms</source>
        <translation>✓ Testereignis zugestellt: %1 in %2 ms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✗ Test event failed: %1 (after %2 ms)</source>
        <translation>✗ Testereignis fehlgeschlagen: %1 (nach %2 ms)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Sending a test event…</source>
        <translation>Testereignis wird gesendet…</translation>
    </message>
</context>
<context>
    <name>rmx::ui::WeeklyLeadsChart</name>
    <message>
        <location filename="../ui/overview/WeeklyLeadsChart.cpp" line="+14"/>
        <source>Leads per week by source</source>
        <translation>Leads pro Woche nach Quelle</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n lead(s) in the last 12 weeks</source>
        <translation>
            <numerusform>%n Lead in den letzten 12 Wochen</numerusform>
            <numerusform>%n Leads in den letzten 12 Wochen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
</context>
</TS>
