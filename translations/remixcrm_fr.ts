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
        <location filename="../core/server/BackupManager.cpp" line="+110"/>
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
        <location line="+9"/>
        <source>the snapshot could not be written (disk full or not writable?)</source>
        <translation>la sauvegarde n’a pas pu être écrite (disque plein ou protégé en écriture&#xa0;?)</translation>
    </message>
    <message>
        <location line="+8"/>
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
        <location line="+8"/>
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
        <translation type="vanished">Utilisation&#xa0;: remixcrm [options] [commande]

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
    <message>
        <location filename="../core/cli/CommandLine.cpp" line="+61"/>
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
        <translation>Utilisation&#xa0;: remixcrm [options] [commande]

Sans commande, RemixCRM ouvre sa fenêtre (ou s’exécute sans fenêtre en
l’absence d’écran) et reçoit les prospects.

Options&#xa0;:
  --headless             Recevoir les prospects sans ouvrir de fenêtre.
  --data-dir DIR         Dossier de la base de données (par défaut&#xa0;: le dossier
                         de données de l’application pour l’utilisateur, ou
                         $REMIXCRM_DATA_DIR).
  --listen HOST:PORT     Adresse d’écoute (par défaut&#xa0;: le paramètre
                         «&#xa0;listen&#xa0;», 127.0.0.1:8088).
  --public-url URL       URL publique de base, par ex. celle de votre tunnel,
                         utilisée dans lead_url.
  --open LEAD            Ouvrir la fenêtre sur un prospect (id ou lead_url).
  -h, --help             Afficher cette aide.
  -v, --version          Afficher la version.

Commandes&#xa0;:
  keys create --name NAME   Créer une clé d’API&#xa0;; elle n’est affichée qu’une
                            fois, sur la dernière ligne.
  keys list                 Lister les clés d’API (préfixe, nom, création,
                            dernière utilisation, révocation).
  keys revoke PREFIX        Révoquer une clé&#xa0;; le serveur en cours d’exécution
                            la refuse aussitôt.
  config get KEY            Afficher un paramètre.
  config set KEY VALUE      Modifier un paramètre.
  config list               Lister tous les paramètres avec leur valeur.
  backup FILE               Écrire une copie cohérente de la base de données
                            dans FILE, même pendant que RemixCRM fonctionne.
  restore FILE              Remplacer la base de données par la sauvegarde FILE
                            (RemixCRM ne doit pas fonctionner sur ce dossier
                            de données).
  webhooks add URL --events a,b [--secret S]
                            Envoyer des événements (lead.created, lead.updated,
                            contact.created, contact.updated ou *) à URL&#xa0;;
                            affiche l’identifiant et, si aucun secret n’a été
                            fourni, le secret de signature généré.
  webhooks list             Lister les webhooks (jamais leurs secrets).
  webhooks remove ID        Supprimer un webhook.
  webhooks enable ID | disable ID
                            Réactiver un webhook (par ex. s’il a été désactivé
                            après des échecs) ou le désactiver.
  webhooks test ID          Envoyer un événement ping signé et afficher la
                            réponse.
  webhooks deliveries ID    Afficher les derniers envois et leurs résultats.
  webhooks redeliver DELIVERY | redeliver ID --since TIME
                            Renvoyer un envoi, ou tous les envois en échec
                            depuis TIME.
</translation>
    </message>
</context>
<context>
    <name>HostedForm</name>
    <message>
        <location filename="../core/capture/HostedForm.cpp" line="+17"/>
        <source>Tell us about your event</source>
        <translation>Parlez-nous de votre événement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share a few details and we will get back to you shortly.</source>
        <translation>Donnez-nous quelques détails et nous vous répondrons très vite.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event date</source>
        <translation>Date de l’événement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type of event</source>
        <translation>Type d’événement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose one</source>
        <translation>Faites votre choix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Venue, number of guests, what you have in mind…</source>
        <translation>Lieu, nombre d’invités, vos envies…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send inquiry</source>
        <translation>Envoyer ma demande</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your details are only used to answer your inquiry.</source>
        <translation>Vos coordonnées servent uniquement à répondre à votre demande.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave this field empty</source>
        <translation>Laissez ce champ vide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please check the highlighted fields:</source>
        <translation>Veuillez vérifier les champs signalés&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter a valid email address, like name@example.com.</source>
        <translation>Indiquez une adresse e-mail valide, par exemple nom@example.com.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter your name.</source>
        <translation>Indiquez votre nom.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter a phone number.</source>
        <translation>Indiquez un numéro de téléphone.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter a valid event date.</source>
        <translation>Indiquez une date d’événement valide.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shorten your message.</source>
        <translation>Veuillez raccourcir votre message.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check this field: %1.</source>
        <translation>Veuillez vérifier ce champ&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thank you!</source>
        <translation>Merci&#xa0;!</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your inquiry is on its way. We will get back to you as soon as we can.</source>
        <translation>Votre demande a bien été envoyée. Nous vous répondrons dès que possible.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send another inquiry</source>
        <translation>Envoyer une autre demande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please wait a moment</source>
        <translation>Merci de patienter un instant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>We received many requests from your connection. Please try again in a minute.</source>
        <translation>Nous avons reçu de nombreuses demandes depuis votre connexion. Veuillez réessayer dans une minute.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Powered by RemixCRM</source>
        <translation>Propulsé par RemixCRM</translation>
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
    <name>LeadPresentation</name>
    <message>
        <location filename="../ui/LeadPresentation.cpp" line="+32"/>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contacted</source>
        <translation>Contacté</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quoted</source>
        <translation>Devis envoyé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Booked</source>
        <translation>Réservé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lost</source>
        <translation>Perdu</translation>
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
    <name>rmx::ui::ApiKeysPage</name>
    <message>
        <location filename="../ui/ApiKeysPage.cpp" line="+28"/>
        <source>API keys let your website, Zapier, n8n or ad platforms send leads to &lt;code&gt;POST /api/v1/leads&lt;/code&gt;. Each key is shown once when it is created; only its prefix is kept visible.</source>
        <translation>Les clés d’API permettent à votre site web, à Zapier, à n8n ou aux plateformes publicitaires d’envoyer des prospects à &lt;code&gt;POST /api/v1/leads&lt;/code&gt;. Chaque clé n’est affichée qu’une fois, à sa création&#xa0;; seul son préfixe reste visible.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;New API key…</source>
        <translation>&amp;Nouvelle clé d’API…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Revoke…</source>
        <translation>&amp;Révoquer…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Prefix</source>
        <translation>Préfixe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Created</source>
        <translation>Création</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last used</source>
        <translation>Dernière utilisation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Revoked</source>
        <translation>Révocation</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>API keys</source>
        <translation>Clés d’API</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Revoke API key</source>
        <translation>Révoquer la clé d’API</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoke %1? Anything still using it will be refused from the next request on. This cannot be undone.</source>
        <translation>Révoquer %1&#xa0;? Tout ce qui l’utilise encore sera refusé dès la prochaine requête. Cette action est irréversible.</translation>
    </message>
</context>
<context>
    <name>rmx::ui::ConnectPage</name>
    <message>
        <location filename="../ui/ConnectPage.cpp" line="+17"/>
        <source>&lt;h3&gt;Connect your website&lt;/h3&gt;&lt;p&gt;RemixCRM listens on this computer. To receive leads from the internet, run a tunnel (cloudflared, ngrok or Tailscale Funnel) to the listen address, then set the tunnel&apos;s URL as &lt;b&gt;public_url&lt;/b&gt; in Settings.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Connecter votre site web&lt;/h3&gt;&lt;p&gt;RemixCRM est à l’écoute sur cet ordinateur. Pour recevoir des prospects depuis Internet, lancez un tunnel (cloudflared, ngrok ou Tailscale Funnel) vers l’adresse d’écoute, puis indiquez l’URL du tunnel comme &lt;b&gt;public_url&lt;/b&gt; dans les Paramètres.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+35"/>
        <source># Send a lead with curl (replace rmx_yourkey with a key from the API Keys page)
</source>
        <translation># Envoyer un prospect avec curl (remplacez rmx_yourkey par une clé de la page Clés d’API)
</translation>
    </message>
    <message>
        <location line="+8"/>
        <source># Zapier: Webhooks by Zapier → Custom Request
</source>
        <translation># Zapier&#xa0;: Webhooks by Zapier → Custom Request
</translation>
    </message>
    <message>
        <location line="+5"/>
        <source># n8n: HTTP Request node
</source>
        <translation># n8n&#xa0;: nœud HTTP Request
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source># Your website: forward the form from your server, never from browser JavaScript
</source>
        <translation># Votre site web&#xa0;: transmettez le formulaire depuis votre serveur, jamais depuis le JavaScript du navigateur
</translation>
    </message>
</context>
<context>
    <name>rmx::ui::CreateKeyDialog</name>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="+26"/>
        <source>&amp;Create</source>
        <translation>&amp;Créer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New API key</source>
        <translation>Nouvelle clé d’API</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give the key a name that says where it is used, e.g. &quot;Website contact form&quot;.</source>
        <translation>Donnez à la clé un nom qui indique où elle est utilisée, par ex. «&#xa0;Formulaire de contact du site&#xa0;».</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Key name</source>
        <translation>Nom de la clé</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&lt;b&gt;Copy this key now. You won&apos;t see it again.&lt;/b&gt;&lt;br&gt;RemixCRM keeps only a salted hash of it. Keep it on your server side: never put it in a web page&apos;s JavaScript.</source>
        <translation>&lt;b&gt;Copiez cette clé maintenant. Vous ne pourrez plus la revoir.&lt;/b&gt;&lt;br&gt;RemixCRM n’en conserve qu’un hachage salé. Gardez-la côté serveur&#xa0;: ne la placez jamais dans le JavaScript d’une page web.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your new API key</source>
        <translation>Votre nouvelle clé d’API</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Done</source>
        <translation>&amp;Terminé</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Please enter a name.</source>
        <translation>Veuillez saisir un nom.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The key could not be created. Try again.</source>
        <translation>La clé n’a pas pu être créée. Réessayez.</translation>
    </message>
</context>
<context>
    <name>rmx::ui::LeadEditor</name>
    <message>
        <location filename="../ui/LeadEditor.cpp" line="+51"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Revert</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;lete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Status: %1</source>
        <translation>Statut&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;First name</source>
        <translation>&amp;Prénom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Last name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Email</source>
        <translation>E-&amp;mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phone</source>
        <translation>Télép&amp;hone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event &amp;date</source>
        <translation>&amp;Date de l’événement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event &amp;type</source>
        <translation>T&amp;ype d’événement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ource</source>
        <translation>S&amp;ource</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Notes</source>
        <translation>No&amp;tes</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete lead</source>
        <translation>Supprimer le prospect</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the lead from %1? You can undo this right after.</source>
        <translation>Supprimer le prospect %1&#xa0;? Vous pourrez annuler juste après.</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+23"/>
        <source>Select a lead to see it here.</source>
        <translation>Sélectionnez un prospect pour l’afficher ici.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Not saved: %1 (%2).</source>
        <translation>Non enregistré&#xa0;: %1 (%2).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Not saved: the lead could not be written. Try again.</source>
        <translation>Non enregistré&#xa0;: le prospect n’a pas pu être écrit. Réessayez.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Date conflict: %1 is also taken by %2.</source>
        <translation>Conflit de date&#xa0;: le %1 est également retenu par %2.</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+1"/>
        <source>Created via %1</source>
        <translation>Créé via %1</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>the Lead API</source>
        <translation>l’API des prospects</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status: %1 → %2</source>
        <translation>Statut&#xa0;: %1 → %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Edited: %1</source>
        <translation>Modifié&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>rmx::ui::LeadTableModel</name>
    <message>
        <location filename="../ui/LeadTableModel.cpp" line="+73"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 (unread)</source>
        <translation>%1 (non lu)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event date</source>
        <translation>Date de l’événement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event type</source>
        <translation>Type d’événement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
</context>
<context>
    <name>rmx::ui::LeadsPage</name>
    <message>
        <location filename="../ui/LeadsPage.cpp" line="+36"/>
        <source>New since I last looked</source>
        <translation>Nouveaux depuis ma dernière visite</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Search name, email, phone, notes or source</source>
        <translation>Rechercher par nom, e-mail, téléphone, notes ou source</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search leads</source>
        <translation>Rechercher des prospects</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter by status</source>
        <translation>Filtrer par statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Leads</source>
        <translation>Prospects</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;h3&gt;No leads yet&lt;/h3&gt;&lt;p&gt;Create an API key, then connect your website form, Zapier or n8n on the &lt;b&gt;Connect&lt;/b&gt; page. New leads show up here within a second.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Aucun prospect pour l’instant&lt;/h3&gt;&lt;p&gt;Créez une clé d’API, puis connectez le formulaire de votre site web, Zapier ou n8n depuis la page &lt;b&gt;Connecter&lt;/b&gt;. Les nouveaux prospects apparaissent ici en moins d’une seconde.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Any date</source>
        <translation>Toutes les dates</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Event date from</source>
        <translation>Date de l’événement (début)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event date to</source>
        <translation>Date de l’événement (fin)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter by source</source>
        <translation>Filtrer par source</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter by event type</source>
        <translation>Filtrer par type d’événement</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Event date</source>
        <translation>Date de l’événement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message numerus="yes">
        <location line="+46"/>
        <source>%n lead(s)</source>
        <translation>
            <numerusform>%n prospect</numerusform>
            <numerusform>%n prospects</numerusform>
        </translation>
    </message>
    <message>
        <location line="+47"/>
        <source>All sources</source>
        <translation>Toutes les sources</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All event types</source>
        <translation>Tous les types d’événement</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Deleted the lead from %1 %2.</source>
        <translation>Prospect %1 %2 supprimé.</translation>
    </message>
</context>
<context>
    <name>rmx::ui::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+55"/>
        <source>RemixCRM</source>
        <translation>RemixCRM</translation>
    </message>
    <message>
        <source>Your lead inbox is ready.</source>
        <translation type="vanished">Votre boîte de réception des demandes est prête.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Leads</source>
        <translation>Prospects</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Webhooks</source>
        <translation>Webhooks</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>API Keys</source>
        <translation>Clés d’API</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect</source>
        <translation>Connecter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Spam</source>
        <translation>Spam</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;h3&gt;Contacts&lt;/h3&gt;&lt;p&gt;Everyone who sent you a lead, one entry per email address.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Contacts&lt;/h3&gt;&lt;p&gt;Toutes les personnes qui vous ont contacté, avec une entrée par adresse e-mail.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;h3&gt;Webhooks&lt;/h3&gt;&lt;p&gt;Send every new lead to Zapier, n8n, Make or your own server.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Webhooks&lt;/h3&gt;&lt;p&gt;Envoyez chaque nouveau prospect à Zapier, n8n, Make ou votre propre serveur.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;h3&gt;Spam&lt;/h3&gt;&lt;p&gt;Submissions caught by the form&apos;s spam checks wait here for your review.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Spam&lt;/h3&gt;&lt;p&gt;Les envois interceptés par les contrôles anti-spam du formulaire attendent ici votre vérification.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Starting the lead listener…</source>
        <translation>Démarrage de la réception des prospects…</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+16"/>
        <source>Listening on %1</source>
        <translation>À l’écoute sur %1</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Not listening: %1</source>
        <translation>Pas à l’écoute&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+115"/>
        <source>%n new lead(s) today</source>
        <translation>
            <numerusform>%n nouveau prospect aujourd’hui</numerusform>
            <numerusform>%n nouveaux prospects aujourd’hui</numerusform>
        </translation>
    </message>
    <message>
        <source>Lead listener stopped: %1</source>
        <translation type="vanished">Réception des demandes arrêtée&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>rmx::ui::SettingsPage</name>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="+55"/>
        <source>&amp;Save settings</source>
        <translation>&amp;Enregistrer les paramètres</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Settings saved. Now listening on %1.</source>
        <translation>Paramètres enregistrés. À l’écoute sur %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not move the listener: %1. It keeps running on the old address.</source>
        <translation>Impossible de changer l’adresse d’écoute&#xa0;: %1. L’écoute continue sur l’ancienne adresse.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Not saved: %1</source>
        <translation>Non enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing changed.</source>
        <translation>Aucune modification.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not saved: the settings could not be written.</source>
        <translation>Non enregistré&#xa0;: les paramètres n’ont pas pu être écrits.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Settings saved.</source>
        <translation>Paramètres enregistrés.</translation>
    </message>
</context>
<context>
    <name>rmx::ui::TrayController</name>
    <message>
        <location filename="../ui/TrayController.cpp" line="+17"/>
        <source>Open RemixCRM</source>
        <translation>Ouvrir RemixCRM</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>RemixCRM</source>
        <translation>RemixCRM</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>RemixCRM — %1</source>
        <translation>RemixCRM — %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>New lead: %1</source>
        <translation>Nouveau prospect&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n new lead(s)</source>
        <translation>
            <numerusform>%n nouveau prospect</numerusform>
            <numerusform>%n nouveaux prospects</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latest: %1</source>
        <translation>Dernier&#xa0;: %1</translation>
    </message>
</context>
</TS>
