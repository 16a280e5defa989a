<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>BackupCommand</name>
    <message>
        <location filename="../core/cli/BackupCommand.cpp" line="+17"/>
        <source>Usage: remixcrm %1 FILE</source>
        <translation>Utilisation&#xa0;: remixcrm %1 FICHIER</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Backup failed: %1</source>
        <translation>Échec de la sauvegarde&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Backed up %n lead(s) to %1.</source>
        <translation>
            <numerusform>%n demande sauvegardée dans %1.</numerusform>
            <numerusform>%n demandes sauvegardées dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Restore refused: %1</source>
        <translation>Restauration refusée&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Restored %n lead(s) from %1.</source>
        <translation>
            <numerusform>%n demande restaurée depuis %1.</numerusform>
            <numerusform>%n demandes restaurées depuis %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The previous database was kept as %1.</source>
        <translation>L’ancienne base de données a été conservée sous %1.</translation>
    </message>
</context>
<context>
    <name>BackupManager</name>
    <message>
        <location filename="../core/server/BackupManager.cpp" line="+92"/>
        <source>there is no database in this data directory yet</source>
        <translation>ce dossier de données ne contient pas encore de base de données</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 already exists; choose a new file name</source>
        <translation>%1 existe déjà&#xa0;; choisissez un autre nom de fichier</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the folder of %1 does not exist</source>
        <translation>le dossier de %1 n’existe pas</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the snapshot could not be written (disk full or not writable?)</source>
        <translation>la sauvegarde n’a pas pu être écrite (disque plein ou protégé en écriture&#xa0;?)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the backup could not be flushed to disk</source>
        <translation>la sauvegarde n’a pas pu être enregistrée sur le disque</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 could not be created</source>
        <translation>%1 n’a pas pu être créé</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is not a file</source>
        <translation>%1 n’est pas un fichier</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not a readable database</source>
        <translation>%1 n’est pas une base de données lisible</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is not a RemixCRM backup (not an SQLite database)</source>
        <translation>%1 n’est pas une sauvegarde RemixCRM (pas une base de données SQLite)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is damaged: the integrity check failed</source>
        <translation>%1 est endommagé&#xa0;: la vérification d’intégrité a échoué</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 was written by a newer RemixCRM; update first</source>
        <translation>%1 provient d’une version plus récente de RemixCRM&#xa0;; mettez d’abord à jour</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not a RemixCRM database</source>
        <translation>%1 n’est pas une base de données RemixCRM</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>that file is the current database</source>
        <translation>ce fichier est la base de données actuelle</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the backup could not be copied into the data directory</source>
        <translation>la sauvegarde n’a pas pu être copiée dans le dossier de données</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the current database could not be set aside</source>
        <translation>la base de données actuelle n’a pas pu être mise de côté</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the restored database could not be put in place</source>
        <translation>la base de données restaurée n’a pas pu être mise en place</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>the backups folder could not be created</source>
        <translation>le dossier des sauvegardes n’a pas pu être créé</translation>
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
        <translation>Utilisation&#xa0;: remixcrm [options] [commande]

Sans commande, RemixCRM ouvre sa fenêtre (ou s’exécute sans fenêtre en l’absence
d’écran) et reçoit les demandes.

Options&#xa0;:
  --headless             Exécuter la réception des demandes sans fenêtre.
  --data-dir DIR         Dossier contenant la base de données (par défaut&#xa0;: le dossier
                         de données de l’application de l’utilisateur, ou
                         $REMIXCRM_DATA_DIR).
  --listen HOST:PORT     Adresse d’écoute (par défaut&#xa0;: le paramètre «&#xa0;listen&#xa0;»,
                         127.0.0.1:8088).
  --public-url URL       URL publique de base, par ex. celle de votre tunnel, utilisée
                         dans lead_url.
  -h, --help             Afficher cette aide.
  -v, --version          Afficher la version.

Commandes&#xa0;:
  keys create --name NAME   Créer une clé d’API&#xa0;; elle n’est affichée qu’une fois, sur
                            la dernière ligne.
  keys list                 Lister les clés d’API (préfixe, nom, création, dernière
                            utilisation, révocation).
  keys revoke PREFIX        Révoquer une clé&#xa0;; le serveur en cours la refuse aussitôt.
  config get KEY            Afficher un paramètre.
  config set KEY VALUE      Modifier un paramètre.
  config list               Lister tous les paramètres avec leur valeur.
  backup FILE               Écrire une copie cohérente de la base de données dans FILE,
                            même pendant que RemixCRM fonctionne.
  restore FILE              Remplacer la base de données par la sauvegarde FILE
                            (RemixCRM ne doit pas fonctionner sur ce dossier de données).
</translation>
    </message>
</context>
<context>
    <name>InstanceLock</name>
    <message>
        <location filename="../core/server/InstanceLock.cpp" line="+25"/>
        <source>RemixCRM is already running on this data directory (process %1). Stop it first, or use another --data-dir.</source>
        <translation>RemixCRM fonctionne déjà sur ce dossier de données (processus %1). Arrêtez-le d’abord ou utilisez un autre --data-dir.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>RemixCRM is already running on this data directory.</source>
        <translation>RemixCRM fonctionne déjà sur ce dossier de données.</translation>
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
        <translation>Votre boîte de réception des demandes est prête.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Starting the lead listener…</source>
        <translation>Démarrage de la réception des demandes…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Listening on %1</source>
        <translation>À l’écoute sur %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lead listener stopped: %1</source>
        <translation>Réception des demandes arrêtée&#xa0;: %1</translation>
    </message>
</context>
</TS>
