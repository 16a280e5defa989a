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
            <numerusform>%n prospect sauvegardé dans %1.</numerusform>
            <numerusform>%n prospects sauvegardés dans %1.</numerusform>
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
            <numerusform>%n prospect restauré depuis %1.</numerusform>
            <numerusform>%n prospects restaurés depuis %1.</numerusform>
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
        <translation>Utilisation&#xa0;: remixcrm [options] [commande]

Sans commande, RemixCRM ouvre sa fenêtre (ou fonctionne sans interface en
l’absence d’écran) et attend les prospects.

Options&#xa0;:
  --headless             Recevoir les prospects sans ouvrir de fenêtre.
  --data-dir DIR         Dossier de la base de données (par défaut&#xa0;: le dossier
                         de données de l’application, ou $REMIXCRM_DATA_DIR).
  --listen HOST:PORT     Adresse d’écoute (par défaut&#xa0;: le paramètre «&#xa0;listen&#xa0;»,
                         127.0.0.1:8088).
  --public-url URL       URL publique de base, p.&#xa0;ex. celle de votre tunnel,
                         utilisée dans lead_url.
  --open LEAD            Ouvrir la fenêtre sur un prospect (son id ou lead_url).
  -h, --help             Afficher cette aide.
  -v, --version          Afficher la version.

Commandes&#xa0;:
  keys create --name NAME   Créer une clé d’API&#xa0;; elle est affichée une seule
                            fois, sur la dernière ligne.
  keys list                 Lister les clés d’API (préfixe, nom, création,
                            dernière utilisation, révocation).
  keys revoke PREFIX        Révoquer une clé&#xa0;; le serveur en cours d’exécution
                            la refuse aussitôt.
  config get KEY            Afficher un paramètre.
  config set KEY VALUE      Modifier un paramètre.
  config list               Lister tous les paramètres avec leur valeur.
  import FILE [--dry-run]   Importer des prospects depuis un fichier CSV
                            (colonnes associées par leur en-tête)&#xa0;; --dry-run
                            compte seulement les lignes nouvelles, mises à
                            jour, ignorées et invalides.
  backup FILE               Écrire une copie cohérente de la base de données
                            dans FILE, même pendant que RemixCRM fonctionne.
  restore FILE              Remplacer la base de données par la sauvegarde FILE
                            (RemixCRM ne doit pas fonctionner sur ce dossier
                            de données).
  webhooks add URL --events a,b [--secret S]
                            Envoyer des événements (lead.created, lead.updated,
                            contact.created, contact.updated ou *) à URL&#xa0;;
                            affiche l’id et, si aucun secret n’est fourni, le
                            secret de signature généré.
  webhooks list             Lister les webhooks (jamais leurs secrets).
  webhooks remove ID        Supprimer un webhook.
  webhooks enable ID | disable ID
                            Réactiver un webhook (p.&#xa0;ex. après sa désactivation
                            pour échecs répétés) ou le désactiver.
  webhooks test ID          Envoyer un événement ping signé et afficher la
                            réponse.
  webhooks deliveries ID    Afficher les derniers envois et leurs résultats.
  webhooks redeliver DELIVERY | redeliver ID --since TIME
                            Renvoyer un envoi, ou tous les envois en échec
                            depuis TIME.
</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>  mail test --to ADDRESS    Send a test message now with the mail settings and show
                            the mail server&apos;s answer.
  mail log [--limit N]      Show the latest mail sent (auto-replies, alerts): when, to
                            whom, the result and the server&apos;s last reply.
</source>
        <translation>  mail test --to ADRESSE    Envoie tout de suite un message de test avec les réglages
                            de courriel et affiche la réponse du serveur de courriel.
  mail log [--limit N]      Affiche les derniers courriels envoyés (réponses automatiques,
                            alertes) : quand, à qui, le résultat et la dernière réponse
                            du serveur.
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
        <translation>  mail templates            Liste les modèles de courriel (date_free, date_taken,
                            no_date, owner_alert), chacun (default) ou (edited).
  mail template show NOM    Affiche l&apos;objet et le texte d&apos;un modèle.
  mail template set NOM [--subject OBJET] [--body-file FICHIER]
                            Modifie un modèle (FICHIER en texte UTF-8, - pour l&apos;entrée
                            standard) ; les {{champs}} inconnus sont refusés.
  mail template reset NOM   Revient au texte par défaut.
</translation>
    </message>
    <message>
        <source>  mail test --to ADDRESS    Send a test message now with the mail settings and show
                            the mail server&apos;s answer.
</source>
        <translation type="vanished">  mail test --to ADRESSE    Envoie tout de suite un message de test avec les réglages
                            de courriel et affiche la réponse du serveur de courriel.
</translation>
    </message>
</context>
<context>
    <name>ConnectSnippets</name>
    <message>
        <location filename="../ui/ConnectSnippets.cpp" line="+10"/>
        <source>Send a lead with curl</source>
        <translation>Envoyer un prospect avec curl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source># Replace rmx_yourkey with a key from the API Keys page.
</source>
        <translation># Remplacez rmx_yourkey par une clé de la page Clés d’API.
</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Website form with a server proxy</source>
        <translation>Formulaire de site web avec proxy côté serveur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;!-- The form posts to your own site; your server adds the key and forwards it. Never put the key in browser JavaScript. --&gt;
</source>
        <translation>&lt;!-- Le formulaire envoie vers votre propre site&#xa0;; votre serveur ajoute la clé et transmet la demande. Ne mettez jamais la clé dans le JavaScript du navigateur. --&gt;
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
        <translation># Nœud HTTP Request
</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Hosted inquiry form (link)</source>
        <translation>Formulaire de demande hébergé (lien)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source># A complete form, no website needed: share this link or put it in your bio.
</source>
        <translation># Un formulaire complet, sans site web&#xa0;: partagez ce lien ou mettez-le dans votre bio.
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source># This link works only on this computer until you set a public URL (see the Tunnel snippets).
</source>
        <translation># Ce lien ne fonctionne que sur cet ordinateur tant que vous n’avez pas défini d’URL publique (voir les extraits Tunnel).
</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hosted inquiry form (embed)</source>
        <translation>Formulaire de demande hébergé (intégré)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Browser fetch() to /capture</source>
        <translation>fetch() du navigateur vers /capture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>// Add your site&apos;s origin (e.g. https://www.example.com) to cors_allowed_origins in Settings first.
</source>
        <translation>// Ajoutez d’abord l’origine de votre site (p.&#xa0;ex. https://www.example.com) à cors_allowed_origins dans Paramètres.
</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Verify webhooks (Node.js)</source>
        <translation>Vérifier les webhooks (Node.js)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Verify webhooks (Python)</source>
        <translation>Vérifier les webhooks (Python)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Tunnel: cloudflared</source>
        <translation>Tunnel&#xa0;: cloudflared</translation>
    </message>
    <message>
        <location line="+1"/>
        <source># Quick tunnel (a new random URL each start):
</source>
        <translation># Tunnel rapide (une nouvelle URL aléatoire à chaque démarrage)&#xa0;:
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source># Named tunnel with your own hostname (stays the same):
</source>
        <translation># Tunnel nommé avec votre propre nom d’hôte (toujours le même)&#xa0;:
</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tunnel: ngrok</source>
        <translation>Tunnel&#xa0;: ngrok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source># With a reserved domain:
</source>
        <translation># Avec un domaine réservé&#xa0;:
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tunnel: Tailscale Funnel</source>
        <translation>Tunnel&#xa0;: Tailscale Funnel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source># The public URL is https://&lt;machine&gt;.&lt;tailnet&gt;.ts.net
</source>
        <translation># L’URL publique est https://&lt;machine&gt;.&lt;tailnet&gt;.ts.net
</translation>
    </message>
</context>
<context>
    <name>ContactPresentation</name>
    <message>
        <location filename="../ui/ContactPresentation.cpp" line="+18"/>
        <source>Lead</source>
        <translation>Prospect</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Qualified</source>
        <translation>Qualifié</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opportunity</source>
        <translation>Opportunité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Hidden bot field filled in</source>
        <translation>Champ caché anti-robot rempli</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent too fast for a person</source>
        <translation>Envoyé trop vite pour un humain</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Form token not valid</source>
        <translation>Jeton de formulaire non valide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Form token expired</source>
        <translation>Jeton de formulaire expiré</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Campaign source</source>
        <translation>Source de la campagne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Campaign medium</source>
        <translation>Support de la campagne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Campaign name</source>
        <translation>Nom de la campagne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Campaign term</source>
        <translation>Terme de la campagne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Campaign content</source>
        <translation>Contenu de la campagne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Landing page</source>
        <translation>Page de destination</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Referrer</source>
        <translation>Référent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Google Ads click</source>
        <translation>Clic Google Ads</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Facebook click</source>
        <translation>Clic Facebook</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
</context>
<context>
    <name>DiscardChangesPrompt</name>
    <message>
        <location filename="../ui/DiscardChangesPrompt.cpp" line="+11"/>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The changes to %1 cannot be saved as they are.</source>
        <translation>Les modifications de %1 ne peuvent pas être enregistrées telles quelles.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Discard changes</source>
        <translation>&amp;Abandonner les modifications</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep editing</source>
        <translation>&amp;Continuer la modification</translation>
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
    <name>HttpListener</name>
    <message>
        <location filename="../core/http/HttpListener.cpp" line="+68"/>
        <source>%1 is already in use</source>
        <translation>%1 est déjà utilisé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot listen on %1: %2</source>
        <translation>impossible d&apos;écouter sur %1 : %2</translation>
    </message>
</context>
<context>
    <name>ImportTexts</name>
    <message>
        <location filename="../ui/import/ImportTexts.cpp" line="+9"/>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full name</source>
        <translation>Nom complet</translation>
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
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Skipped: already a lead with this email and no date</source>
        <translation>Ignorée : déjà un prospect avec cet e-mail et sans date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skipped: already a lead with this email and date</source>
        <translation>Ignorée : déjà un prospect avec cet e-mail et cette date</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Required, but empty</source>
        <translation>Obligatoire, mais vide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too long</source>
        <translation>Trop long</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not a valid email address</source>
        <translation>Adresse e-mail non valide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not a real date in the chosen date format</source>
        <translation>Pas une date réelle dans le format de date choisi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Must be new, contacted, quoted, booked or lost</source>
        <translation>Doit être new, contacted, quoted, booked ou lost</translation>
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
        <location filename="../ui/LeadPresentation.cpp" line="+49"/>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nom complet</translation>
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
        <translation>Date de l&apos;événement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event type</source>
        <translation>Type d&apos;événement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>API key &quot;%1&quot; (%2)</source>
        <translation>clé d&apos;API « %1 » (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the Lead API</source>
        <translation>l&apos;API des prospects</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the website form</source>
        <translation>le formulaire du site web</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a CSV import</source>
        <translation>une importation CSV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this app</source>
        <translation>cette application</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the Connect page&apos;s test (a test lead, left out of the overview)</source>
        <translation>le test de la page Connexion (un lead de test, exclu de la vue d’ensemble)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not saved: fill in %1.</source>
        <translation>Non enregistré : remplissez %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not saved: check %1.</source>
        <translation>Non enregistré : vérifiez %1.</translation>
    </message>
    <message>
        <location line="+6"/>
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
    <name>LeadServer</name>
    <message>
        <location filename="../core/server/LeadServer.cpp" line="+84"/>
        <source>invalid listen address &apos;%1&apos;: %2</source>
        <translation>adresse d&apos;écoute « %1 » non valide : %2</translation>
    </message>
</context>
<context>
    <name>ListenAddress</name>
    <message>
        <location filename="../core/settings/ListenAddress.cpp" line="+32"/>
        <source>must be HOST:PORT, for example 127.0.0.1:8088</source>
        <translation>doit être HÔTE:PORT, par exemple 127.0.0.1:8088</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the port must be a number from 0 to 65535</source>
        <translation>le port doit être un nombre de 0 à 65535</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;%1&apos; is not an IP address</source>
        <translation>« %1 » n&apos;est pas une adresse IP</translation>
    </message>
</context>
<context>
    <name>MailHistoryText</name>
    <message>
        <location filename="../core/mail/MailHistoryText.cpp" line="+10"/>
        <source>date free</source>
        <translation>date libre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>date taken</source>
        <translation>date prise</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no date</source>
        <translation>sans date</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>this address had one recently</source>
        <translation>cette adresse en a reçu une récemment</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>auto-replies are off</source>
        <translation>les réponses automatiques sont désactivées</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mail is not set up</source>
        <translation>le courriel n&apos;est pas configuré</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>off for this channel</source>
        <translation>désactivées pour ce canal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a no-reply address</source>
        <translation>une adresse no-reply</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>your own address</source>
        <translation>votre propre adresse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>held as spam</source>
        <translation>retenue comme spam</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Alert sent to you by email</source>
        <translation>Alerte envoyée par courriel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alert by email failed (%1)</source>
        <translation>Échec de l&apos;alerte par courriel (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Auto-reply sent (%1)</source>
        <translation>Réponse automatique envoyée (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Auto-reply failed (%1)</source>
        <translation>Échec de la réponse automatique (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Auto-reply waiting: the hourly limit is reached</source>
        <translation>Réponse automatique en attente : la limite horaire est atteinte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No auto-reply: %1</source>
        <translation>Pas de réponse automatique : %1</translation>
    </message>
</context>
<context>
    <name>MailTemplates</name>
    <message>
        <location filename="../core/mail/MailTemplates.cpp" line="+96"/>
        <source>Unbalanced braces in the subject near “%1”; write placeholders like {{first_name}}.</source>
        <translation>Accolades non appariées dans l&apos;objet près de « %1 » ; écrivez les champs ainsi : {{first_name}}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unbalanced braces in the body near “%1”; write placeholders like {{first_name}}.</source>
        <translation>Accolades non appariées dans le texte près de « %1 » ; écrivez les champs ainsi : {{first_name}}.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{{%1}} in the subject is only available in the owner alert: an auto-reply never repeats what the sender typed. Use one of %2.</source>
        <translation>{{%1}} dans l&apos;objet n&apos;existe que dans l&apos;alerte qui vous est destinée : une réponse automatique ne répète jamais ce que l&apos;expéditeur a écrit. Utilisez l&apos;un de ces champs : %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{{%1}} in the body is only available in the owner alert: an auto-reply never repeats what the sender typed. Use one of %2.</source>
        <translation>{{%1}} dans le texte n&apos;existe que dans l&apos;alerte qui vous est destinée : une réponse automatique ne répète jamais ce que l&apos;expéditeur a écrit. Utilisez l&apos;un de ces champs : %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unknown placeholder {{%1}} in the subject; use one of %2.</source>
        <translation>Champ inconnu {{%1}} dans l&apos;objet ; utilisez l&apos;un de ces champs : %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown placeholder {{%1}} in the body; use one of %2.</source>
        <translation>Champ inconnu {{%1}} dans le texte ; utilisez l&apos;un de ces champs : %2.</translation>
    </message>
    <message>
        <location line="+181"/>
        <source>The subject is empty.</source>
        <translation>L&apos;objet est vide.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The subject must be one line.</source>
        <translation>L&apos;objet doit tenir sur une seule ligne.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The subject is too long (at most %1 characters).</source>
        <translation>L&apos;objet est trop long (%1 caractères au plus).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The body is empty.</source>
        <translation>Le texte est vide.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The body is too long (at most %1 characters).</source>
        <translation>Le texte est trop long (%1 caractères au plus).</translation>
    </message>
</context>
<context>
    <name>Mailbox</name>
    <message>
        <location filename="../core/mail/Mailbox.cpp" line="+75"/>
        <location line="+33"/>
        <location line="+23"/>
        <source>must not contain line breaks or control characters</source>
        <translation>ne doit contenir ni sauts de ligne ni caractères de contrôle</translation>
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
        <translation>doit être une adresse e-mail comme bonjour@example.com</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>is too long for an email address</source>
        <translation>est trop longue pour une adresse e-mail</translation>
    </message>
    <message>
        <location line="+57"/>
        <location line="+4"/>
        <location line="+9"/>
        <source>must be an address such as Jane Photo &lt;hello@example.com&gt;</source>
        <translation>doit être une adresse comme Jane Photo &lt;bonjour@example.com&gt;</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>has an unclosed quote in its name</source>
        <translation>a dans son nom un guillemet qui n&apos;est pas fermé</translation>
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
        <translation>Application</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+19"/>
        <source>Listener</source>
        <translation>Réception</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+19"/>
        <source>Hosted form</source>
        <translation>Formulaire hébergé</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+20"/>
        <source>Limits and protection</source>
        <translation>Limites et protection</translation>
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
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+135"/>
        <source>Other</source>
        <translation>Autres</translation>
    </message>
    <message>
        <location line="-135"/>
        <location line="+20"/>
        <source>Mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>en, de, es or fr; empty follows the system language.</source>
        <translation type="vanished">en, de, es ou fr&#xa0;; vide pour suivre la langue du système.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep running in the tray when the window is closed</source>
        <translation>Continuer dans la zone de notification quand la fenêtre est fermée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start in the tray</source>
        <translation>Démarrer dans la zone de notification</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notify me of each new lead</source>
        <translation>M’avertir de chaque nouveau prospect</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Listen address</source>
        <translation>Adresse d’écoute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HOST:PORT, e.g. 127.0.0.1:8088. Applied at once; a busy port keeps the old address.</source>
        <translation>HOST:PORT, p.&#xa0;ex. 127.0.0.1:8088. Appliqué immédiatement&#xa0;; si le port est occupé, l’ancienne adresse est conservée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Public URL</source>
        <translation>URL publique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your tunnel&apos;s URL, used in lead links and snippets. Empty uses the listen address.</source>
        <translation>L’URL de votre tunnel, utilisée dans les liens des prospects et les extraits. Vide&#xa0;: l’adresse d’écoute est utilisée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Listener threads</source>
        <translation>Threads de réception</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>0 uses one per processor core.</source>
        <translation>0&#xa0;: un par cœur de processeur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>Empty shows a translated default.</source>
        <translation>Vide&#xa0;: un titre par défaut traduit est affiché.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Introduction</source>
        <translation>Introduction</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accent colour</source>
        <translation>Couleur d’accent</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>#rgb or #rrggbb.</source>
        <translation>#rgb ou #rrggbb.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thank-you page URL</source>
        <translation>URL de la page de remerciement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where people go after sending the form. Empty shows a thank-you page.</source>
        <translation>Page affichée après l’envoi du formulaire. Vide&#xa0;: une page de remerciement est affichée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minimum fill time (ms)</source>
        <translation>Durée minimale de saisie (ms)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Faster submissions are treated as bots and kept as spam.</source>
        <translation>Les envois plus rapides sont considérés comme des robots et classés en spam.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Websites allowed to post from the browser</source>
        <translation>Sites web autorisés à envoyer depuis le navigateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Origins such as https://www.example.com, separated by commas.</source>
        <translation>Origines comme https://www.example.com, séparées par des virgules.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lead API: leads per hour</source>
        <translation>API des prospects&#xa0;: prospects par heure</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+3"/>
        <source>0 means unlimited.</source>
        <translation>0 signifie illimité.</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Form and capture: requests per visitor per minute</source>
        <translation>Formulaire et capture&#xa0;: requêtes par visiteur et par minute</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New contacts per hour</source>
        <translation>Nouveaux contacts par heure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protects the disk from floods; 0 means unlimited.</source>
        <translation>Protège le disque contre les afflux massifs&#xa0;; 0 signifie illimité.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Largest request body (bytes)</source>
        <translation>Taille maximale du corps de requête (octets)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Largest request headers (bytes)</source>
        <translation>Taille maximale des en-têtes de requête (octets)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open connections at most</source>
        <translation>Nombre maximal de connexions ouvertes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Idle connection timeout (ms)</source>
        <translation>Délai d’inactivité d’une connexion (ms)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time to send request headers (ms)</source>
        <translation>Délai d’envoi des en-têtes de requête (ms)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Allow API-created webhooks to reach private addresses</source>
        <translation>Autoriser les webhooks créés via l’API à joindre des adresses privées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Off protects this network from webhooks created with an API key.</source>
        <translation>Désactivé, protège ce réseau des webhooks créés avec une clé d’API.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retry schedule (seconds)</source>
        <translation>Calendrier des nouvelles tentatives (secondes)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+47"/>
        <source>Delays between attempts, separated by commas.</source>
        <translation>Délais entre les tentatives, séparés par des virgules.</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Connect timeout (ms)</source>
        <translation>Délai de connexion (ms)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total timeout (ms)</source>
        <translation>Délai total (ms)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disable after failing for (hours)</source>
        <translation>Désactiver après des échecs pendant (heures)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the delivery log for (days)</source>
        <translation>Conserver le journal des envois pendant (jours)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SMTP server</source>
        <translation>Serveur SMTP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your provider&apos;s outgoing server, e.g. smtps://smtp.fastmail.com:465. Empty sends no mail.</source>
        <translation>Le serveur sortant de votre fournisseur, p. ex. smtps://smtp.fastmail.com:465. Vide n&apos;envoie aucun courriel.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Encryption for smtp://</source>
        <translation>Chiffrement pour smtp://</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>starttls, tls or none (only to this computer). smtps:// is always TLS.</source>
        <translation>starttls, tls ou none (seulement vers cet ordinateur). smtps:// est toujours TLS.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SMTP user name</source>
        <translation>Nom d&apos;utilisateur SMTP</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Usually your full email address.</source>
        <translation>En général votre adresse courriel complète.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SMTP password</source>
        <translation>Mot de passe SMTP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gmail and Outlook need an app password. Stored encrypted.</source>
        <translation>Gmail et Outlook demandent un mot de passe d&apos;application. Stocké chiffré.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trusted certificates (PEM file)</source>
        <translation>Certificats de confiance (fichier PEM)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only for a server with its own certificate. Empty uses the system&apos;s.</source>
        <translation>Seulement pour un serveur à certificat propre. Vide utilise ceux du système.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send as</source>
        <translation>Envoyer en tant que</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E.g. Jane Photo &lt;hello@janephoto.example&gt;.</source>
        <translation>P. ex. Jane Photo &lt;hello@janephoto.example&gt;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your email address</source>
        <translation>Votre adresse courriel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alerts about new inquiries go here; replies to auto-replies too.</source>
        <translation>Les alertes de nouvelles demandes arrivent ici, les réponses aux réponses automatiques aussi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Business name</source>
        <translation>Nom de l&apos;entreprise</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alert me of new inquiries</source>
        <translation>M&apos;alerter des nouvelles demandes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>each or off.</source>
        <translation>each ou off.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answer each new inquiry with an auto-reply</source>
        <translation>Répondre à chaque nouvelle demande par une réponse automatique</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Auto-reply to inquiries from</source>
        <translation>Réponse automatique aux demandes venant de</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>api, capture and form, separated by commas.</source>
        <translation>api, capture et form, séparés par des virgules.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One auto-reply per address every (hours)</source>
        <translation>Une réponse automatique par adresse toutes les (heures)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Auto-replies per hour at most</source>
        <translation>Réponses automatiques par heure au plus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Past it they wait, and you are told.</source>
        <translation>Au-delà elles attendent, et vous êtes prévenu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wait before auto-replying (seconds)</source>
        <translation>Attendre avant de répondre (secondes)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mail retry schedule (seconds)</source>
        <translation>Calendrier des nouvelles tentatives (secondes)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SMTP connect timeout (ms)</source>
        <translation>Délai de connexion SMTP (ms)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SMTP total timeout (ms)</source>
        <translation>Délai total SMTP (ms)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the mail log for (days)</source>
        <translation>Conserver le journal des courriels (jours)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back up automatically every day</source>
        <translation>Sauvegarder automatiquement chaque jour</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backups kept</source>
        <translation>Sauvegardes conservées</translation>
    </message>
</context>
<context>
    <name>SettingsSchema</name>
    <message>
        <location filename="../core/settings/SettingsSchema.cpp" line="+22"/>
        <source>must be a whole number from %1 to %2</source>
        <translation>doit être un nombre entier de %1 à %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>must be true or false</source>
        <translation>doit être true ou false</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>must list at most 20 delays</source>
        <translation>doit indiquer au plus 20 délais</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be comma-separated delays in seconds (0.01 to 604800), e.g. 5,300,1800</source>
        <translation>doit être une liste de délais en secondes séparés par des virgules (de 0,01 à 604800), p. ex. 5,300,1800</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>must be a number from %1 to %2</source>
        <translation>doit être un nombre de %1 à %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>must be starttls, tls or none</source>
        <translation>doit être starttls, tls ou none</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>must be each or off</source>
        <translation>doit être each ou off</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>must list channels from api, capture and form, separated by commas (empty = none)</source>
        <translation>doit lister des canaux parmi api, capture et form, séparés par des virgules (vide = aucun)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>must be an absolute http(s) URL such as https://leads.example.com</source>
        <translation>doit être une URL http(s) absolue, comme https://leads.example.com</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>must be empty (the system language) or one of en, de, es, fr</source>
        <translation>doit être vide (la langue du système) ou l&apos;une de en, de, es, fr</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>must be an absolute http(s) URL such as https://example.com/thank-you</source>
        <translation>doit être une URL http(s) absolue, comme https://example.com/thank-you</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>must be a hex colour such as #6d28d9</source>
        <translation>doit être une couleur hexadécimale, comme #6d28d9</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&apos;%1&apos; is not an origin: list origins such as https://www.example.com, separated by commas or spaces</source>
        <translation>« %1 » n&apos;est pas une origine : indiquez des origines comme https://www.example.com, séparées par des virgules ou des espaces</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>must be at most %1 characters</source>
        <translation>doit comporter au plus %1 caractères</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>must be one line without control characters</source>
        <translation>doit tenir sur une ligne, sans caractères de contrôle</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>must be empty (the system&apos;s certificates) or the full path of a readable PEM file</source>
        <translation>doit être vide (les certificats du système) ou le chemin complet d&apos;un fichier PEM lisible</translation>
    </message>
</context>
<context>
    <name>SmtpUrl</name>
    <message>
        <location filename="../core/mail/SmtpUrl.cpp" line="+57"/>
        <source>must be an SMTP URL such as smtps://smtp.example.com:465 or smtp://smtp.example.com:587 (STARTTLS)</source>
        <translation>doit être une URL SMTP comme smtps://smtp.example.com:465 ou smtp://smtp.example.com:587 (STARTTLS)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>must name the mail server, e.g. smtps://smtp.example.com:465</source>
        <translation>doit indiquer le serveur de courriel, p. ex. smtps://smtp.example.com:465</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must not hold a user name or password: set mail_smtp_username and mail_smtp_password instead</source>
        <translation>ne doit contenir ni nom d&apos;utilisateur ni mot de passe : réglez plutôt mail_smtp_username et mail_smtp_password</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be only scheme, server and port, e.g. smtps://smtp.example.com:465</source>
        <translation>ne doit comporter que le schéma, le serveur et le port, p. ex. smtps://smtp.example.com:465</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must have a port from 1 to 65535</source>
        <translation>doit avoir un port de 1 à 65535</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>smtp+plain:// and mail_smtp_tls none send passwords and mail unencrypted and are only allowed to this machine (localhost); use smtps:// or smtp:// (STARTTLS)</source>
        <translation>smtp+plain:// et mail_smtp_tls none envoient mots de passe et courriels sans chiffrement et ne sont permis que vers cette machine (localhost) ; utilisez smtps:// ou smtp:// (STARTTLS)</translation>
    </message>
    <message>
        <source>smtp+plain:// sends passwords and mail unencrypted and is only allowed to this machine (localhost); use smtps:// or smtp:// (STARTTLS)</source>
        <translation type="vanished">smtp+plain:// envoie mots de passe et courriels sans chiffrement et n&apos;est permis que vers cette machine (localhost) ; utilisez smtps:// ou smtp:// (STARTTLS)</translation>
    </message>
</context>
<context>
    <name>WebhookMessages</name>
    <message>
        <location filename="../core/webhooks/WebhookMessages.h" line="+20"/>
        <source>The receiver answered 410 Gone: it no longer wants these events.</source>
        <translation>Le destinataire a répondu 410 Gone : il ne veut plus recevoir ces événements.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every delivery failed since %1; the webhook was turned off.</source>
        <translation>Toutes les livraisons échouent depuis %1 ; le webhook a été désactivé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Turned off by the owner.</source>
        <translation>Désactivé par le propriétaire.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the signing secret cannot be decrypted (webhook-secrets.key is missing or was replaced); re-create this webhook</source>
        <translation>le secret de signature ne peut pas être déchiffré (webhook-secrets.key est absent ou a été remplacé) ; recréez ce webhook</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>refused target: %1</source>
        <translation>cible refusée : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot resolve %1: %2</source>
        <translation>impossible de résoudre %1 : %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the webhook was removed</source>
        <translation>le webhook a été supprimé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>timed out after %1 ms without a complete answer</source>
        <translation>délai dépassé après %1 ms sans réponse complète</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>could not connect within %1 ms</source>
        <translation>connexion impossible en %1 ms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>redirect not followed (HTTP %1 to %2); point the webhook at the final URL</source>
        <translation>redirection non suivie (HTTP %1 vers %2) ; faites pointer le webhook vers l&apos;URL finale</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is a loopback or private network address; webhooks created with an API key may only target public addresses (turn on the webhooks_allow_private_targets setting to allow it)</source>
        <translation>%1 est une adresse de bouclage ou de réseau privé ; les webhooks créés avec une clé d&apos;API ne peuvent viser que des adresses publiques (activez le réglage webhooks_allow_private_targets pour l&apos;autoriser)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is a link-local, multicast, broadcast or unspecified address, which webhooks never target</source>
        <translation>%1 est une adresse locale au lien, multicast, de diffusion ou non spécifiée, que les webhooks ne visent jamais</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the host name does not resolve to any address</source>
        <translation>le nom d&apos;hôte ne correspond à aucune adresse</translation>
    </message>
</context>
<context>
    <name>rmx::ui::ApiKeysPage</name>
    <message>
        <location filename="../ui/keys/ApiKeysPage.cpp" line="+28"/>
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
    <name>rmx::ui::ColumnMappingPage</name>
    <message>
        <location filename="../ui/import/ColumnMappingPage.cpp" line="+28"/>
        <source>Match the columns</source>
        <translation>Associer les colonnes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose which lead field each column of %1 fills. Columns set to &quot;Ignore&quot; are not imported.</source>
        <translation>Choisissez le champ du prospect que remplit chaque colonne de %1. Les colonnes réglées sur « Ignorer » ne sont pas importées.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reading the file…</source>
        <translation>Lecture du fichier…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Columns of the file</source>
        <translation>Colonnes du fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Imported as</source>
        <translation>Importée comme</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Example</source>
        <translation>Exemple</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 (day first)</source>
        <translation>%1 (jour en premier)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (month first)</source>
        <translation>%1 (mois en premier)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Event dates are written like</source>
        <translation>Les dates d’événement s’écrivent ainsi</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>This file cannot be read: %1</source>
        <translation>Impossible de lire ce fichier : %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n column(s) found, each shown with its first value.</source>
        <translation>
            <numerusform>%n colonne trouvée, avec sa première valeur.</numerusform>
            <numerusform>%n colonnes trouvées, chacune avec sa première valeur.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Lead field for column %1</source>
        <translation>Champ du prospect pour la colonne %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ignore</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Full name (or First name and Last name)</source>
        <translation>Nom complet (ou Prénom et Nom)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every lead needs these fields; choose the columns that hold them: %1</source>
        <translation>Chaque prospect a besoin de ces champs ; choisissez les colonnes qui les contiennent : %1</translation>
    </message>
</context>
<context>
    <name>rmx::ui::ConnectPage</name>
    <message>
        <location filename="../ui/ConnectPage.cpp" line="+41"/>
        <source>Send &amp;test lead</source>
        <translation>Envoyer un prospect de &amp;test</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;h3&gt;Connect your website&lt;/h3&gt;&lt;p&gt;RemixCRM listens on this computer. To receive leads from the internet, run a tunnel (cloudflared, ngrok or Tailscale Funnel — see the snippets below) to the listen address, then enter the tunnel&apos;s URL as the public URL. Every snippet and every &lt;code&gt;lead_url&lt;/code&gt; uses it.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Connectez votre site web&lt;/h3&gt;&lt;p&gt;RemixCRM est à l’écoute sur cet ordinateur. Pour recevoir des prospects depuis Internet, lancez un tunnel (cloudflared, ngrok ou Tailscale Funnel — voir les extraits ci-dessous) vers l’adresse d’écoute, puis saisissez l’URL du tunnel comme URL publique. Chaque extrait et chaque &lt;code&gt;lead_url&lt;/code&gt; l’utilisent.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Public URL</source>
        <translation>URL publique</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Use this URL</source>
        <translation>&amp;Utiliser cette URL</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;b&gt;No public URL yet:&lt;/b&gt; the snippets below only work on this computer. To receive leads from your website, Zapier or n8n, &lt;a href=&quot;#tunnel&quot;&gt;set up a tunnel&lt;/a&gt; and enter its URL here.</source>
        <translation>&lt;b&gt;Pas encore d’URL publique&#xa0;:&lt;/b&gt; les extraits ci-dessous ne fonctionnent que sur cet ordinateur. Pour recevoir des leads de votre site, de Zapier ou de n8n, &lt;a href=&quot;#tunnel&quot;&gt;configurez un tunnel&lt;/a&gt; et saisissez son URL ici.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Snippet</source>
        <translation>Extrait</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Snippet text</source>
        <translation>Texte de l’extrait</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="vanished">&amp;Copier</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Listener</source>
        <translation>Réception</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Public URL</source>
        <translation>URL &amp;publique</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Not saved: the public URL %1.</source>
        <translation>Non enregistré&#xa0;: l’URL publique %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not saved: the setting could not be written.</source>
        <translation>Non enregistré&#xa0;: le paramètre n’a pas pu être écrit.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cleared: links use the listen address.</source>
        <translation>Effacée&#xa0;: les liens utilisent l’adresse d’écoute.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved: new lead links and snippets use %1.</source>
        <translation>Enregistré&#xa0;: les nouveaux liens de prospects et les extraits utilisent %1.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The test could not start: no key could be created.</source>
        <translation>Impossible de lancer le test&#xa0;: aucune clé n’a pu être créée.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Test Lead</source>
        <translation>Prospect de test</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sent from the Connect page to check the connection.</source>
        <translation>Envoyé depuis la page Connecter pour vérifier la connexion.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Test lead created (201) in %1 ms through %2: %3</source>
        <translation>Prospect de test créé (201) en %1 ms via %2 : %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The listener answered %1: %2</source>
        <translation>Le serveur d’écoute a répondu %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No answer from %1: %2</source>
        <translation>Aucune réponse de %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>rmx::ui::ContactDetail</name>
    <message>
        <location filename="../ui/ContactDetail.cpp" line="+50"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Revert</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No leads yet: this contact came in without an event date.</source>
        <translation>Aucun prospect pour l’instant&#xa0;: ce contact est arrivé sans date d’événement.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No campaign or page details were sent.</source>
        <translation>Aucune information de campagne ou de page n’a été transmise.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location line="+13"/>
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
        <source>&amp;Phone</source>
        <translation>Télép&amp;hone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;tage</source>
        <translation>Ét&amp;ape</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Leads of this contact</source>
        <translation>Prospects de ce contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Double-click a lead to open it on the Leads page.</source>
        <translation>Double-cliquez sur un prospect pour l’ouvrir dans la page Prospects.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Leads</source>
        <translation>Prospects</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Where they came from</source>
        <translation>Provenance</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Select a contact to see it here.</source>
        <translation>Sélectionnez un contact pour l’afficher ici.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>via %1</source>
        <translation>via %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>since %1</source>
        <translation>depuis le %1</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>No event date</source>
        <translation>Pas de date d’événement</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Received %1</source>
        <translation>Reçu le %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+18"/>
        <location line="+34"/>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Not saved: the contact could not be written. Try again.</source>
        <translation>Non enregistré&#xa0;: le contact n’a pas pu être écrit. Réessayez.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>The changes to %1 cannot be saved as they are.</source>
        <translation type="vanished">Les modifications de %1 ne peuvent pas être enregistrées telles quelles.</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation type="vanished">&amp;Abandonner les modifications</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation type="vanished">&amp;Continuer la modification</translation>
    </message>
</context>
<context>
    <name>rmx::ui::ContactTableModel</name>
    <message>
        <location filename="../ui/ContactTableModel.cpp" line="+152"/>
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
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created</source>
        <translation>Création</translation>
    </message>
</context>
<context>
    <name>rmx::ui::ContactsPage</name>
    <message>
        <location filename="../ui/ContactsPage.cpp" line="+35"/>
        <source>&amp;Merge duplicates…</source>
        <translation>&amp;Fusionner les doublons…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Search name, email or phone</source>
        <translation>Rechercher un nom, un e-mail ou un téléphone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search contacts</source>
        <translation>Rechercher des contacts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select two contacts (Ctrl+click) that are the same person.</source>
        <translation>Sélectionnez deux contacts (Ctrl+clic) correspondant à la même personne.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>&lt;h3&gt;No contacts yet&lt;/h3&gt;&lt;p&gt;Everyone who sends you a lead or fills in your form gets one entry here, one per email address. Share your form from the &lt;b&gt;Connect&lt;/b&gt; page to get started.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Aucun contact pour l’instant&lt;/h3&gt;&lt;p&gt;Chaque personne qui vous envoie un prospect ou remplit votre formulaire obtient ici une entrée, une par adresse e-mail. Partagez votre formulaire depuis la page &lt;b&gt;Connecter&lt;/b&gt; pour commencer.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <location line="-3"/>
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;h3&gt;No contacts match&lt;/h3&gt;&lt;p&gt;No name, email or phone fits this search. &lt;a href=&quot;clear&quot;&gt;Show all contacts&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Aucun contact ne correspond&lt;/h3&gt;&lt;p&gt;Aucun nom, e-mail ou téléphone ne correspond à cette recherche. &lt;a href=&quot;clear&quot;&gt;Afficher tous les contacts&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Merge contacts</source>
        <translation>Fusionner les contacts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge these two contacts into one? The other one&apos;s leads move to the contact you keep, and its campaign details fill in what is missing. The other contact is then deleted; this cannot be undone.</source>
        <translation>Fusionner ces deux contacts en un seul&#xa0;? Les prospects de l’autre contact passent au contact conservé, et ses informations de campagne complètent celles qui manquent. L’autre contact est ensuite supprimé&#xa0;; cette action est irréversible.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keep %1 &lt;%2&gt;</source>
        <translation>Conserver %1 &lt;%2&gt;</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The contacts could not be merged. Try again.</source>
        <translation>Les contacts n’ont pas pu être fusionnés. Réessayez.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Merged %1 into %2.</source>
        <translation>%1 fusionné dans %2.</translation>
    </message>
</context>
<context>
    <name>rmx::ui::CopyButton</name>
    <message>
        <location filename="../ui/CopyButton.cpp" line="+11"/>
        <location line="+8"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+8"/>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
</context>
<context>
    <name>rmx::ui::CreateKeyDialog</name>
    <message>
        <location filename="../ui/keys/CreateKeyDialog.cpp" line="+26"/>
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
        <source>&amp;Copy</source>
        <translation type="vanished">&amp;Copier</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Done</source>
        <translation>&amp;Terminé</translation>
    </message>
    <message>
        <location line="+33"/>
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
    <name>rmx::ui::DryRunPage</name>
    <message>
        <location filename="../ui/import/DryRunPage.cpp" line="+22"/>
        <source>Check before importing</source>
        <translation>Vérifier avant d’importer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every row is checked against your leads. Nothing has been written yet.</source>
        <translation>Chaque ligne est comparée à vos prospects. Rien n’a encore été enregistré.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Checking progress</source>
        <translation>Progression de la vérification</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Checking the rows…</source>
        <translation>Vérification des lignes…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The check stopped: the database could not be read.</source>
        <translation>La vérification s’est arrêtée : la base de données n’a pas pu être lue.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Nothing to import.&lt;/b&gt; No row is a new lead; see why below.</source>
        <translation>&lt;b&gt;Rien à importer.&lt;/b&gt; Aucune ligne n’est un nouveau prospect ; voyez pourquoi ci-dessous.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing has been written yet. Click &lt;b&gt;Import&lt;/b&gt; to add these leads, or &lt;b&gt;Back&lt;/b&gt; to change the columns.</source>
        <translation>Rien n’a encore été enregistré. Cliquez sur &lt;b&gt;Importer&lt;/b&gt; pour ajouter ces prospects, ou sur &lt;b&gt;Précédent&lt;/b&gt; pour changer les colonnes.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>&amp;Import %n lead(s)</source>
        <translation>
            <numerusform>&amp;Importer %n prospect</numerusform>
            <numerusform>&amp;Importer %n prospects</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rmx::ui::EventDateEdit</name>
    <message>
        <location filename="../ui/EventDateEdit.cpp" line="+19"/>
        <source>Past</source>
        <translation>Passée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The event has a date</source>
        <translation>L&apos;événement a une date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear for an inquiry that names no date yet.</source>
        <translation>Décochez pour une demande qui n&apos;indique pas encore de date.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No date</source>
        <translation>Pas de date</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This event date has passed.</source>
        <translation>Cette date d&apos;événement est passée.</translation>
    </message>
</context>
<context>
    <name>rmx::ui::ImportDialog</name>
    <message>
        <location filename="../ui/import/ImportDialog.cpp" line="+24"/>
        <source>Import leads from CSV</source>
        <translation>Importer des prospects depuis un CSV</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
</context>
<context>
    <name>rmx::ui::ImportProgressPage</name>
    <message>
        <location filename="../ui/import/ImportProgressPage.cpp" line="+28"/>
        <source>&amp;Stop import</source>
        <translation>&amp;Arrêter l’import</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Importing</source>
        <translation>Import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leads are added in batches, each with its history and lead.created event.</source>
        <translation>Les prospects sont ajoutés par lots, chacun avec son historique et son événement lead.created.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import progress</source>
        <translation>Progression de l’import</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stops after the batch being written. Leads already imported stay.</source>
        <translation>S’arrête après le lot en cours d’écriture. Les prospects déjà importés restent.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Importing…</source>
        <translation>Import en cours…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Stopping after the current batch…</source>
        <translation>Arrêt après le lot en cours…</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Importing… %1 of %n row(s) done.</source>
        <translation>
            <numerusform>Import en cours… %1 sur %n ligne traitée.</numerusform>
            <numerusform>Import en cours… %1 sur %n lignes traitées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Importing… %n row(s) done.</source>
        <translation>
            <numerusform>Import en cours… %n ligne traitée.</numerusform>
            <numerusform>Import en cours… %n lignes traitées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>&lt;b&gt;The import stopped:&lt;/b&gt; the database could not be written. The %n lead(s) imported before that stay; importing the file again skips them as duplicates.</source>
        <translation>
            <numerusform>&lt;b&gt;L’import s’est arrêté :&lt;/b&gt; la base de données n’a pas pu être écrite. Le %n prospect importé avant reste ; réimporter le fichier l’ignore comme doublon.</numerusform>
            <numerusform>&lt;b&gt;L’import s’est arrêté :&lt;/b&gt; la base de données n’a pas pu être écrite. Les %n prospects importés avant restent ; réimporter le fichier les ignore comme doublons.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>&lt;b&gt;Import stopped.&lt;/b&gt; The %n lead(s) imported before you stopped stay in RemixCRM. To add the rest, import the file again: rows already imported are skipped as duplicates.</source>
        <translation>
            <numerusform>&lt;b&gt;Import arrêté.&lt;/b&gt; Le %n prospect importé avant l’arrêt reste dans RemixCRM. Pour ajouter le reste, importez à nouveau le fichier : les lignes déjà importées sont ignorées comme doublons.</numerusform>
            <numerusform>&lt;b&gt;Import arrêté.&lt;/b&gt; Les %n prospects importés avant l’arrêt restent dans RemixCRM. Pour ajouter le reste, importez à nouveau le fichier : les lignes déjà importées sont ignorées comme doublons.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;Done.&lt;/b&gt; The imported leads are in your Leads list now.</source>
        <translation>&lt;b&gt;Terminé.&lt;/b&gt; Les prospects importés sont maintenant dans votre liste de prospects.</translation>
    </message>
</context>
<context>
    <name>rmx::ui::ImportSummaryView</name>
    <message>
        <location filename="../ui/import/ImportSummaryView.cpp" line="+23"/>
        <source>Rows that cannot be imported</source>
        <translation>Lignes qui ne peuvent pas être importées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%n row(s) read.</source>
        <translation>
            <numerusform>%n ligne lue.</numerusform>
            <numerusform>%n lignes lues.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n lead(s) would be imported</source>
        <translation>
            <numerusform>%n prospect serait importé</numerusform>
            <numerusform>%n prospects seraient importés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n lead(s) imported</source>
        <translation>
            <numerusform>%n prospect importé</numerusform>
            <numerusform>%n prospects importés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n with a new contact</source>
        <translation>
            <numerusform>%n avec un nouveau contact</numerusform>
            <numerusform>%n avec un nouveau contact</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n for a contact you already have (matched by email)</source>
        <translation>
            <numerusform>%n pour un contact existant (reconnu par e-mail)</numerusform>
            <numerusform>%n pour des contacts existants (reconnus par e-mail)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n duplicate(s) skipped (same email and event date)</source>
        <translation>
            <numerusform>%n doublon ignoré (même e-mail et même date d’événement)</numerusform>
            <numerusform>%n doublons ignorés (même e-mail et même date d’événement)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n row(s) with errors, not imported</source>
        <translation>
            <numerusform>%n ligne avec erreurs, non importée</numerusform>
            <numerusform>%n lignes avec erreurs, non importées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+47"/>
        <source>…and %n more row(s) not shown.</source>
        <translation>
            <numerusform>…et %n autre ligne non affichée.</numerusform>
            <numerusform>…et %n autres lignes non affichées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rmx::ui::ImportWorker</name>
    <message>
        <location filename="../ui/import/ImportWorker.cpp" line="+27"/>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
</context>
<context>
    <name>rmx::ui::LeadDetailsView</name>
    <message>
        <location filename="../ui/LeadDetailsView.cpp" line="+45"/>
        <source>Details from the inquiry</source>
        <translation>Détails de la demande</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Event type (not in your list)</source>
        <translation>Type d&apos;événement (absent de votre liste)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Left out</source>
        <translation>Omis</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Some fields did not fit and were not kept.</source>
        <translation>Certains champs ne tenaient pas et n&apos;ont pas été conservés.</translation>
    </message>
</context>
<context>
    <name>rmx::ui::LeadEditor</name>
    <message>
        <location filename="../ui/LeadEditor.cpp" line="+79"/>
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
        <location line="+26"/>
        <source>The lead_url the Lead API and webhooks give out for this lead. Clicking it selects the lead.</source>
        <translation>La lead_url que l&apos;API des prospects et les webhooks donnent pour ce prospect. Un clic sélectionne le prospect.</translation>
    </message>
    <message>
        <source>No date</source>
        <translation type="vanished">Aucune date</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Changes save themselves as you type; this saves them now (Ctrl+S).</source>
        <translation>Les modifications s’enregistrent pendant la saisie&#xa0;; ceci les enregistre tout de suite (Ctrl+S).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Status: %1</source>
        <translation>Statut&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+9"/>
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
        <location line="+17"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location line="+121"/>
        <location line="+17"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location line="+97"/>
        <location line="+21"/>
        <location line="+38"/>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>The changes to %1 cannot be saved as they are.</source>
        <translation type="vanished">Les modifications de %1 ne peuvent pas être enregistrées telles quelles.</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation type="vanished">&amp;Abandonner les modifications</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation type="vanished">&amp;Continuer la modification</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Delete lead</source>
        <translation>Supprimer le prospect</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the lead from %1? You can undo this right after.</source>
        <translation>Supprimer le prospect %1&#xa0;? Vous pourrez annuler juste après.</translation>
    </message>
    <message>
        <location line="-219"/>
        <source>Select a lead to see it here.</source>
        <translation>Sélectionnez un prospect pour l’afficher ici.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Link: %1</source>
        <translation>Lien : %1</translation>
    </message>
    <message>
        <location line="+127"/>
        <location line="+67"/>
        <source>Not saved: the lead could not be written. Try again.</source>
        <translation>Non enregistré&#xa0;: le prospect n’a pas pu être écrit. Réessayez.</translation>
    </message>
    <message>
        <location line="+58"/>
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
        <source>Created via %1</source>
        <translation>Créé via %1</translation>
    </message>
    <message>
        <location line="+4"/>
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
    <name>rmx::ui::LeadRowMenu</name>
    <message>
        <location filename="../ui/LeadRowMenu.cpp" line="+38"/>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copy &amp;email</source>
        <translation>Copier l&apos;&amp;e-mail</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy &amp;phone</source>
        <translation>Copier le &amp;téléphone</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Call %1</source>
        <translation>&amp;Appeler le %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Write to %1</source>
        <translation>&amp;Écrire à %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Status</source>
        <translation>&amp;Statut</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Delete…</source>
        <translation>Su&amp;pprimer…</translation>
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
        <location line="+10"/>
        <source>%1 (test)</source>
        <translation>%1 (test)</translation>
    </message>
    <message>
        <location line="+29"/>
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
        <location filename="../ui/LeadsPage.cpp" line="+50"/>
        <source>New since I last looked</source>
        <translation>Nouveaux depuis ma dernière visite</translation>
    </message>
    <message>
        <location line="+23"/>
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
        <location line="+15"/>
        <source>Leads</source>
        <translation>Prospects</translation>
    </message>
    <message>
        <location line="+293"/>
        <source>&lt;h3&gt;No leads yet&lt;/h3&gt;&lt;p&gt;Create an API key, then connect your website form, Zapier or n8n on the &lt;b&gt;Connect&lt;/b&gt; page. New leads show up here within a second.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Aucun prospect pour l’instant&lt;/h3&gt;&lt;p&gt;Créez une clé d’API, puis connectez le formulaire de votre site web, Zapier ou n8n depuis la page &lt;b&gt;Connecter&lt;/b&gt;. Les nouveaux prospects apparaissent ici en moins d’une seconde.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="-271"/>
        <location line="+12"/>
        <source>Any date</source>
        <translation>Toutes les dates</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Event dates</source>
        <translation>Dates de l&apos;événement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This month</source>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next 3 months</source>
        <translation>3 prochains mois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This year</source>
        <translation>Cette année</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Past</source>
        <translation>Passées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chosen dates</source>
        <translation>Dates choisies</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <location line="+7"/>
        <source>Event date</source>
        <translation>Date de l’événement</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xporter en CSV…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export leads</source>
        <translation>Exporter les prospects</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importer un CSV…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import leads from a CSV file (Ctrl+I)</source>
        <translation>Importer des prospects depuis un fichier CSV (Ctrl+I)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Marked %1 as %2.</source>
        <translation>%1 marqué comme «&#xa0;%2&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <location line="+176"/>
        <source>%n lead(s)</source>
        <translation>
            <numerusform>%n prospect</numerusform>
            <numerusform>%n prospects</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;h3&gt;No leads match&lt;/h3&gt;&lt;p&gt;No lead fits this search and these filters. &lt;a href=&quot;clear&quot;&gt;Show all leads&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Aucun prospect ne correspond&lt;/h3&gt;&lt;p&gt;Aucun prospect ne correspond à cette recherche et à ces filtres. &lt;a href=&quot;clear&quot;&gt;Afficher tous les prospects&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Delete lead</source>
        <translation>Supprimer le prospect</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the lead from %1? You can undo this right after.</source>
        <translation>Supprimer le prospect %1&#xa0;? Vous pourrez annuler juste après.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Import leads</source>
        <translation>Importer des prospects</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Exporting…</source>
        <translation>Exportation…</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>Exported %n lead(s) to %1.</source>
        <translation>
            <numerusform>%n prospect exporté vers %1.</numerusform>
            <numerusform>%n prospects exportés vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The export could not be written to %1.</source>
        <translation>L’exportation n’a pas pu être écrite dans %1.</translation>
    </message>
    <message>
        <location line="+29"/>
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
        <location filename="../ui/MainWindow.cpp" line="+69"/>
        <source>RemixCRM</source>
        <translation>RemixCRM</translation>
    </message>
    <message>
        <location line="+14"/>
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
        <source>Overview</source>
        <translation>Vue d’ensemble</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API Keys</source>
        <translation>Clés d’API</translation>
    </message>
    <message>
        <location line="+0"/>
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
        <location line="+11"/>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Starting the lead listener…</source>
        <translation>Démarrage de la réception des prospects…</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+20"/>
        <source>Listening on %1</source>
        <translation>À l’écoute sur %1</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Not listening: %1</source>
        <translation>Pas à l’écoute&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message numerus="yes">
        <location line="+119"/>
        <source>%n new lead(s) today</source>
        <translation>
            <numerusform>%n nouveau prospect aujourd’hui</numerusform>
            <numerusform>%n nouveaux prospects aujourd’hui</numerusform>
        </translation>
    </message>
    <message>
        <location line="+98"/>
        <source>RemixCRM keeps listening</source>
        <translation>RemixCRM reste à l’écoute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RemixCRM is still running in the tray, so leads keep arriving while the window is closed. Click the tray icon to open it again, or choose Quit there (or press Ctrl+Q) to stop it.</source>
        <translation>RemixCRM continue de fonctionner dans la zone de notification : les leads arrivent même fenêtre fermée. Cliquez sur son icône pour rouvrir la fenêtre, ou choisissez Quitter (ou appuyez sur Ctrl+Q) pour l’arrêter.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Quit RemixCRM</source>
        <translation>Quitter RemixCRM</translation>
    </message>
</context>
<context>
    <name>rmx::ui::OverviewPage</name>
    <message>
        <location filename="../ui/overview/OverviewPage.cpp" line="+37"/>
        <source>Leads per week, by source</source>
        <translation>Prospects par semaine, par source</translation>
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
        <translation>Prochaines dates réservées</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No booked dates ahead yet.</source>
        <translation>Aucune date réservée à venir pour l’instant.</translation>
    </message>
</context>
<context>
    <name>rmx::ui::SettingsPage</name>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="+50"/>
        <source>This desktop has no system tray, so closing the window quits RemixCRM.</source>
        <translation>Ce bureau n&apos;a pas de zone de notification : fermer la fenêtre quitte RemixCRM.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>RemixCRM shows the new language after a restart.</source>
        <translation>RemixCRM affichera la nouvelle langue après un redémarrage.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Last backup</source>
        <translation>Dernière sauvegarde</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;About RemixCRM</source>
        <translation>À &amp;propos de RemixCRM</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About RemixCRM</source>
        <translation>À propos de RemixCRM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;RemixCRM %1&lt;/h3&gt;&lt;p&gt;A self-hosted lead inbox for event vendors: leads from your website, Zapier, n8n and ad platforms, stored on this computer, with signed webhooks to your other tools.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;RemixCRM %1&lt;/h3&gt;&lt;p&gt;Une boîte de réception de prospects auto-hébergée pour les prestataires événementiels&#xa0;: les prospects de votre site web, de Zapier, de n8n et des plateformes publicitaires, stockés sur cet ordinateur, avec des webhooks signés vers vos autres outils.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+15"/>
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
        <location line="+12"/>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Advanced: threads, connections, sizes and timeouts</source>
        <translation>&amp;Avancé&#xa0;: threads, connexions, tailles et délais</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>For troubleshooting: the defaults suit almost every business.</source>
        <translation>Pour le dépannage&#xa0;: les valeurs par défaut conviennent à presque toutes les entreprises.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>In use now: %1</source>
        <translation>Utilisée actuellement : %1</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>No automatic backup yet. They are written to %1.</source>
        <translation>Pas encore de sauvegarde automatique. Elles sont enregistrées dans %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1, in %2 (%n backup(s) kept).</source>
        <translation>
            <numerusform>%1, dans %2 (%n sauvegarde conservée).</numerusform>
            <numerusform>%1, dans %2 (%n sauvegardes conservées).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="+6"/>
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
        <location line="+6"/>
        <source>Settings saved. Restart RemixCRM to see it in the new language.</source>
        <translation>Paramètres enregistrés. Redémarrez RemixCRM pour l’afficher dans la nouvelle langue.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Settings saved.</source>
        <translation>Paramètres enregistrés.</translation>
    </message>
</context>
<context>
    <name>rmx::ui::SpamPage</name>
    <message>
        <location filename="../ui/SpamPage.cpp" line="+63"/>
        <source>&amp;Restore as contact</source>
        <translation>&amp;Restaurer comme contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Submissions of your hosted form that looked automated: the hidden bot field was filled in, the form was sent faster than a person can type, or its token was forged or stale. The sender saw a normal thank-you page. Restore anything that is a real inquiry.</source>
        <translation>Envois de votre formulaire hébergé qui semblaient automatisés&#xa0;: le champ caché anti-robot était rempli, le formulaire a été envoyé plus vite qu’une personne ne peut taper, ou son jeton était falsifié ou périmé. L’expéditeur a vu une page de remerciement normale. Restaurez tout ce qui est une vraie demande.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why it was caught</source>
        <translation>Motif du blocage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Client IP</source>
        <translation>IP du client</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Caught submissions</source>
        <translation>Envois bloqués</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;h3&gt;No spam caught&lt;/h3&gt;&lt;p&gt;When a bot fills in your hosted form, its submission lands here instead of among your contacts, so you can check it and restore it if it was a real person.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Aucun spam bloqué&lt;/h3&gt;&lt;p&gt;Quand un robot remplit votre formulaire hébergé, son envoi arrive ici plutôt que parmi vos contacts, pour que vous puissiez le vérifier et le restaurer s’il s’agissait d’une vraie personne.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>Could not restore the submission. Try again.</source>
        <translation>Impossible de restaurer l’envoi. Réessayez.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not restore the submission: check %1.</source>
        <translation>Impossible de restaurer l&apos;envoi : vérifiez %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restored %1 as a contact.</source>
        <translation>%1 restauré comme contact.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restored %1 as a contact, with their lead.</source>
        <translation>%1 restauré comme contact, avec son prospect.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Delete submission</source>
        <translation>Supprimer l’envoi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the submission from %1 for good? It cannot be restored afterwards.</source>
        <translation>Supprimer définitivement l’envoi de %1&#xa0;? Il ne pourra plus être restauré.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an unknown sender</source>
        <translation>un expéditeur inconnu</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not delete the submission. Try again.</source>
        <translation>Impossible de supprimer l’envoi. Réessayez.</translation>
    </message>
</context>
<context>
    <name>rmx::ui::TrayController</name>
    <message>
        <location filename="../ui/TrayController.cpp" line="+20"/>
        <source>Open RemixCRM</source>
        <translation>Ouvrir RemixCRM</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="vanished">Quitter</translation>
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
        <translation>Nouveau prospect&#xa0;: %1</translation>
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
            <numerusform>%n nouveau prospect</numerusform>
            <numerusform>%n nouveaux prospects</numerusform>
        </translation>
    </message>
    <message>
        <location line="-91"/>
        <source>Pause notifications</source>
        <translation>Suspendre les notifications</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Quit RemixCRM</source>
        <translation>Quitter RemixCRM</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>New leads (%1)</source>
        <translation>Nouveaux leads (%1)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Latest: %1</source>
        <translation>Dernier&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>rmx::ui::WebhookDialog</name>
    <message>
        <location filename="../ui/WebhookDialog.cpp" line="+31"/>
        <source>All e&amp;vents, including ones added later</source>
        <translation>Tous les é&amp;vénements, y compris ceux ajoutés plus tard</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Add webhook</source>
        <translation>&amp;Ajouter le webhook</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit webhook</source>
        <translation>Modifier le webhook</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add webhook</source>
        <translation>Ajouter un webhook</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>RemixCRM sends a signed JSON POST to this URL for each event you choose, and tries again later when your endpoint is down.</source>
        <translation>RemixCRM envoie un POST JSON signé à cette URL pour chaque événement choisi, et réessaie plus tard si votre serveur est indisponible.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Endpoint URL</source>
        <translation>URL de destination</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Events to send</source>
        <translation>Événements à envoyer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new lead arrives (lead.created)</source>
        <translation>Un nouveau prospect arrive (lead.created)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A lead is edited or changes status (lead.updated)</source>
        <translation>Un prospect est modifié ou change de statut (lead.updated)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new contact is added (contact.created)</source>
        <translation>Un nouveau contact est ajouté (contact.created)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A contact is edited (contact.updated)</source>
        <translation>Un contact est modifié (contact.updated)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Endpoint &amp;URL:</source>
        <translation>&amp;URL de destination&#xa0;:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The signing secret stays the same. It was shown only when the webhook was added.</source>
        <translation>Le secret de signature reste le même. Il n’a été affiché qu’à l’ajout du webhook.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+11"/>
        <source>Signing secret</source>
        <translation>Secret de signature</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Your endpoint checks the &lt;code&gt;X-Rex-Signature&lt;/code&gt; header with this secret. &lt;b&gt;Copy it now: it is not shown again once the webhook is added.&lt;/b&gt;</source>
        <translation>Votre serveur vérifie l’en-tête &lt;code&gt;X-Rex-Signature&lt;/code&gt; avec ce secret. &lt;b&gt;Copiez-le maintenant&#xa0;: il ne sera plus affiché une fois le webhook ajouté.&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+16"/>
        <source>&amp;Reveal</source>
        <translation>A&amp;fficher</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Reveal the signing secret</source>
        <translation>Afficher le secret de signature</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="vanished">&amp;Copier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy the signing secret</source>
        <translation>Copier le secret de signature</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Hide</source>
        <translation>&amp;Masquer</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Enter the full address of your endpoint, starting with https:// or http://.</source>
        <translation>Saisissez l’adresse complète de votre serveur, commençant par https:// ou http://.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose at least one event to send.</source>
        <translation>Choisissez au moins un événement à envoyer.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The webhook could not be added. Try again.</source>
        <translation>Le webhook n’a pas pu être ajouté. Réessayez.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The webhook could not be saved; it may have been removed meanwhile.</source>
        <translation>Le webhook n’a pas pu être enregistré&#xa0;; il a peut-être été supprimé entre-temps.</translation>
    </message>
</context>
<context>
    <name>rmx::ui::WebhooksPage</name>
    <message>
        <location filename="../ui/WebhooksPage.cpp" line="+86"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+371"/>
        <source>&amp;Disable</source>
        <translation>&amp;Désactiver</translation>
    </message>
    <message>
        <location line="-370"/>
        <source>Re&amp;move…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send &amp;test event</source>
        <translation>Envoyer un événement de &amp;test</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redeliver</source>
        <translation>&amp;Renvoyer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redeliver all &amp;failed</source>
        <translation>Renvoyer tous les é&amp;checs</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Webhooks send every new or changed lead to Zapier, n8n, Make or your own server as a signed JSON POST, and try again when the endpoint is down.</source>
        <translation>Les webhooks envoient chaque prospect nouveau ou modifié à Zapier, n8n, Make ou votre propre serveur sous forme de POST JSON signé, et réessaient si le serveur est indisponible.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Add webhook…</source>
        <translation>&amp;Ajouter un webhook…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Re-ena&amp;ble</source>
        <translation>Réact&amp;iver</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re-enable the webhook that was turned off</source>
        <translation>Réactiver le webhook qui a été désactivé</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Endpoint URL</source>
        <translation>URL de destination</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Created</source>
        <translation>Création</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Statut</translation>
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
        <translation>&lt;h3&gt;Aucun webhook pour l’instant&lt;/h3&gt;&lt;p&gt;Ajoutez-en un pour envoyer chaque nouveau prospect à Zapier, n8n, Make ou votre propre serveur dès son arrivée.&lt;/p&gt;&lt;p&gt;Utilisez &lt;b&gt;Ajouter un webhook…&lt;/b&gt; ci-dessus pour commencer.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Send a test event to the selected webhook</source>
        <translation>Envoyer un événement de test au webhook sélectionné</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Test event result</source>
        <translation>Résultat de l’événement de test</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Latency</source>
        <translation>Latence</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Response</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+202"/>
        <source>Delivery log</source>
        <translation>Journal des envois</translation>
    </message>
    <message>
        <location line="-200"/>
        <source>Redeliver the selected delivery</source>
        <translation>Renvoyer l’envoi sélectionné</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Redeliver all failed deliveries of this webhook</source>
        <translation>Renvoyer tous les envois en échec de ce webhook</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A redelivery keeps the event id, so your endpoint can skip events it already handled.</source>
        <translation>Un renvoi conserve l’id de l’événement, pour que votre serveur puisse ignorer les événements déjà traités.</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>All events</source>
        <translation>Tous les événements</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Enabled, %n failure(s) in a row</source>
        <translation>
            <numerusform>Activé, %n échec consécutif</numerusform>
            <numerusform>Activé, %n échecs consécutifs</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enabled</source>
        <translation>Activé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Turned off: %1</source>
        <translation>Désactivé&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Disabled</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Delivery log of %1</source>
        <translation>Journal des envois de %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>ping (test)</source>
        <translation>ping (test)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1
Click to open this lead.</source>
        <translation>%1
Cliquez pour ouvrir ce prospect.</translation>
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
        <translation>Livré, %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Failed: %1</source>
        <translation>Échec&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Retrying at %1 (%2)</source>
        <translation>Nouvelle tentative à %1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no answer</source>
        <translation>pas de réponse</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>E&amp;nable</source>
        <translation>Acti&amp;ver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enable the selected webhook</source>
        <translation>Activer le webhook sélectionné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disable the selected webhook</source>
        <translation>Désactiver le webhook sélectionné</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enable the webhook to send a test event.</source>
        <translation>Activez le webhook pour envoyer un événement de test.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&lt;b&gt;Webhook to %1 was turned off automatically.&lt;/b&gt; %2 No events are sent to it until you re-enable it; fix the endpoint first.</source>
        <translation>&lt;b&gt;Le webhook vers %1 a été désactivé automatiquement.&lt;/b&gt; %2 Aucun événement ne lui est envoyé tant que vous ne l’avez pas réactivé&#xa0;; corrigez d’abord le serveur de destination.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>(%n webhook(s) turned off in all.)</source>
        <translation>
            <numerusform>(%n webhook désactivé au total.)</numerusform>
            <numerusform>(%n webhooks désactivés au total.)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The change could not be saved. Try again.</source>
        <translation>La modification n’a pas pu être enregistrée. Réessayez.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Remove webhook</source>
        <translation>Supprimer le webhook</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the webhook to %1? Events are no longer sent to it, and its delivery log is deleted.</source>
        <translation>Supprimer le webhook vers %1&#xa0;? Les événements ne lui seront plus envoyés et son journal des envois sera supprimé.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The test event could not be queued.</source>
        <translation>L’événement de test n’a pas pu être mis en file d’attente.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No answer after %1 seconds; see the delivery log.</source>
        <translation>Aucune réponse après %1 secondes&#xa0;; consultez le journal des envois.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>✓ Test event delivered: %1 in %2 ms</source>
        <translation>✓ Événement de test livré&#xa0;: %1 en %2 ms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✗ Test event failed: %1 (after %2 ms)</source>
        <translation>✗ Échec de l’événement de test&#xa0;: %1 (après %2 ms)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Sending a test event…</source>
        <translation>Envoi d’un événement de test…</translation>
    </message>
</context>
<context>
    <name>rmx::ui::WeeklyLeadsChart</name>
    <message>
        <location filename="../ui/overview/WeeklyLeadsChart.cpp" line="+14"/>
        <source>Leads per week by source</source>
        <translation>Prospects par semaine et par source</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n lead(s) in the last 12 weeks</source>
        <translation>
            <numerusform>%n prospect au cours des 12 dernières semaines</numerusform>
            <numerusform>%n prospects au cours des 12 dernières semaines</numerusform>
        </translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Other</source>
        <translation>Autres</translation>
    </message>
</context>
</TS>
