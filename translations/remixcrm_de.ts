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
            <numerusform>%n Anfrage wurde in %1 gesichert.</numerusform>
            <numerusform>%n Anfragen wurden in %1 gesichert.</numerusform>
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
            <numerusform>%n Anfrage wurde aus %1 wiederhergestellt.</numerusform>
            <numerusform>%n Anfragen wurden aus %1 wiederhergestellt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The previous database was kept as %1.</source>
        <translation>Die bisherige Datenbank wurde als %1 aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../core/cli/CommandLine.cpp" line="+37"/>
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
  -h, --help             Show this help.
  -v, --version          Show the version.

Commands:
  keys create --name NAME   Create an API key; it is printed once, on the last line.
  keys list                 List API keys (prefix, name, created, last used, revoked).
  keys revoke PREFIX        Revoke a key; the running server refuses it at once.
  config get KEY            Print a setting.
  config set KEY VALUE      Change a setting.
  config list               List every setting with its value.
  backup FILE               Write a consistent copy of the database to FILE, also
                            while RemixCRM is running.
  restore FILE              Replace the database with the backup FILE (RemixCRM
                            must not be running on this data directory).
</source>
        <translation>Aufruf: remixcrm [Optionen] [Befehl]

Ohne Befehl öffnet RemixCRM sein Fenster (oder läuft ohne Fenster, wenn kein
Bildschirm vorhanden ist) und nimmt Anfragen entgegen.

Optionen:
  --headless             Den Anfragen-Empfang ohne Fenster ausführen.
  --data-dir DIR         Ordner mit der Datenbank (Standard: der Anwendungsdaten-
                         ordner des Benutzers oder $REMIXCRM_DATA_DIR).
  --listen HOST:PORT     Adresse, auf der gelauscht wird (Standard: die Einstellung
                         „listen“, 127.0.0.1:8088).
  --public-url URL       Öffentliche Basis-URL, z. B. die Ihres Tunnels, für lead_url.
  -h, --help             Diese Hilfe anzeigen.
  -v, --version          Die Version anzeigen.

Befehle:
  keys create --name NAME   API-Schlüssel erstellen; er wird einmalig in der letzten
                            Zeile ausgegeben.
  keys list                 API-Schlüssel auflisten (Präfix, Name, erstellt, zuletzt
                            verwendet, widerrufen).
  keys revoke PREFIX        Schlüssel widerrufen; der laufende Server lehnt ihn sofort ab.
  config get KEY            Eine Einstellung ausgeben.
  config set KEY VALUE      Eine Einstellung ändern.
  config list               Alle Einstellungen mit ihren Werten auflisten.
  backup FILE               Eine konsistente Kopie der Datenbank in FILE schreiben,
                            auch während RemixCRM läuft.
  restore FILE              Die Datenbank durch die Sicherung FILE ersetzen (RemixCRM
                            darf dabei nicht mit diesem Datenordner laufen).
</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../ui/DesktopApp.cpp" line="+16"/>
        <location line="+6"/>
        <source>RemixCRM</source>
        <translation>RemixCRM</translation>
    </message>
</context>
<context>
    <name>rmx::ui::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+14"/>
        <source>RemixCRM</source>
        <translation>RemixCRM</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your lead inbox is ready.</source>
        <translation>Ihr Anfragen-Posteingang ist bereit.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Starting the lead listener…</source>
        <translation>Anfragen-Empfang wird gestartet …</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Listening on %1</source>
        <translation>Empfangsbereit auf %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lead listener stopped: %1</source>
        <translation>Anfragen-Empfang angehalten: %1</translation>
    </message>
</context>
</TS>
