<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About BitGo Token Manager</source>
        <translation>À propos de BitGo Token Manager</translation>
    </message>
    <message>
        <source>Application icon</source>
        <translation>Icône de l’application</translation>
    </message>
    <message>
        <source>&lt;h2&gt;BitGo Token Manager&lt;/h2&gt;Least-privilege BitGo access tokens, kept in the OS keychain.</source>
        <translation>&lt;h2&gt;BitGo Token Manager&lt;/h2&gt;Des jetons d’accès BitGo aux droits minimaux, conservés dans le trousseau du système.</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version :</translation>
    </message>
    <message>
        <source>Qt (running):</source>
        <translation>Qt (en cours d’exécution) :</translation>
    </message>
    <message>
        <source>Qt (built with):</source>
        <translation>Qt (compilé avec) :</translation>
    </message>
    <message>
        <source>Qt Keychain:</source>
        <translation>Qt Keychain :</translation>
    </message>
    <message>
        <source>Keychain backend:</source>
        <translation>Backend du trousseau :</translation>
    </message>
    <message>
        <source>License:</source>
        <translation>Licence :</translation>
    </message>
</context>
<context>
    <name>CreateTokenDialog</name>
    <message>
        <source>New access token</source>
        <translation>Nouveau jeton d’accès</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Jeton</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Libellé :</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>e.g. treasury-bot on build server</source>
        <translation>p. ex. treasury-bot sur le serveur de build</translation>
    </message>
    <message>
        <source>Label problem</source>
        <translation>Problème de libellé</translation>
    </message>
    <message>
        <source>Life&amp;time:</source>
        <translation>&amp;Durée de vie :</translation>
    </message>
    <message>
        <source>Lifetime</source>
        <translation>Durée de vie</translation>
    </message>
    <message>
        <source>Custom expiry date</source>
        <translation>Date d’expiration personnalisée</translation>
    </message>
    <message>
        <source>Resulting expiry</source>
        <translation>Expiration qui en résulte</translation>
    </message>
    <message>
        <source>BitGo recommends short lifetimes: create tokens for the job at hand and rotate them regularly.</source>
        <translation>BitGo recommande des durées de vie courtes : créez des jetons pour la tâche du moment et renouvelez-les régulièrement.</translation>
    </message>
    <message>
        <source>Lifetime problem</source>
        <translation>Problème de durée de vie</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Portées</translation>
    </message>
    <message>
        <source>Presets:</source>
        <translation>Préréglages :</translation>
    </message>
    <message>
        <source>&amp;Read only</source>
        <translation>&amp;Lecture seule</translation>
    </message>
    <message>
        <source>Read only preset</source>
        <translation>Préréglage « Lecture seule »</translation>
    </message>
    <message>
        <source>S&amp;pender</source>
        <translation>&amp;Dépensier</translation>
    </message>
    <message>
        <source>Spender preset</source>
        <translation>Préréglage « Dépensier »</translation>
    </message>
    <message>
        <source>&amp;Wallet admin</source>
        <translation>Administrateur de &amp;portefeuille</translation>
    </message>
    <message>
        <source>Wallet admin preset</source>
        <translation>Préréglage « Administrateur de portefeuille »</translation>
    </message>
    <message>
        <source>E&amp;verything</source>
        <translation>&amp;Tout</translation>
    </message>
    <message>
        <source>Everything preset</source>
        <translation>Préréglage « Tout »</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Clear all scopes</source>
        <translation>Retirer toutes les portées</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filtre :</translation>
    </message>
    <message>
        <source>Filter scopes</source>
        <translation>Filtrer les portées</translation>
    </message>
    <message>
        <source>Type to filter scopes by name or description</source>
        <translation>Tapez pour filtrer les portées par nom ou description</translation>
    </message>
    <message>
        <source>Scope problem</source>
        <translation>Problème de portée</translation>
    </message>
    <message>
        <source>Per-wallet &amp;scopes:</source>
        <translation>&amp;Portées par portefeuille :</translation>
    </message>
    <message>
        <source>Per-wallet scopes</source>
        <translation>Portées par portefeuille</translation>
    </message>
    <message>
        <source>wallet_spend:&lt;32-hex wallet id&gt;, separated by commas or spaces</source>
        <translation>wallet_spend:&lt;identifiant de portefeuille en 32 caractères hex&gt;, séparés par des virgules ou des espaces</translation>
    </message>
    <message>
        <source>Per-wallet scope problem</source>
        <translation>Problème de portée par portefeuille</translation>
    </message>
    <message>
        <source>Spending limits</source>
        <translation>Limites de dépense</translation>
    </message>
    <message>
        <source>The most this token may spend per coin over its whole lifetime, in coin units (BitGo counts every transaction against it). The exact base-unit amount sent to BitGo is shown beside it.</source>
        <translation>Le maximum que ce jeton peut dépenser par coin sur toute sa durée de vie, en unités du coin (BitGo y impute chaque transaction). Le montant exact en unités de base envoyé à BitGo est affiché à côté.</translation>
    </message>
    <message>
        <source>&amp;Add limit</source>
        <translation>&amp;Ajouter une limite</translation>
    </message>
    <message>
        <source>Add spending limit</source>
        <translation>Ajouter une limite de dépense</translation>
    </message>
    <message>
        <source>Spending limit problem</source>
        <translation>Problème de limite de dépense</translation>
    </message>
    <message>
        <source>Limit for all ERC-&amp;20 tokens, in base units:</source>
        <translation>Limite pour tous les jetons ERC-&amp;20, en unités de base :</translation>
    </message>
    <message>
        <source>Limit for all ERC-20 tokens</source>
        <translation>Limite pour tous les jetons ERC-20</translation>
    </message>
    <message>
        <source>ERC-20 limit in base units</source>
        <translation>Limite ERC-20 en unités de base</translation>
    </message>
    <message>
        <source>base units (tokens differ in decimals)</source>
        <translation>unités de base (les jetons diffèrent par leurs décimales)</translation>
    </message>
    <message>
        <source>No cap</source>
        <translation>Sans plafond</translation>
    </message>
    <message>
        <source>No cap for ERC-20 tokens</source>
        <translation>Sans plafond pour les jetons ERC-20</translation>
    </message>
    <message>
        <source>ERC-20 limit problem</source>
        <translation>Problème de limite ERC-20</translation>
    </message>
    <message>
        <source>Spending limit warning</source>
        <translation>Avertissement sur la limite de dépense</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Accès</translation>
    </message>
    <message>
        <source>&amp;IP allow-list:</source>
        <translation>Liste d’adresses &amp;IP autorisées :</translation>
    </message>
    <message>
        <source>IP allow-list</source>
        <translation>Liste d’adresses IP autorisées</translation>
    </message>
    <message>
        <source>203.0.113.7, 198.51.100.0/24</source>
        <translation>203.0.113.7, 198.51.100.0/24</translation>
    </message>
    <message>
        <source>IP allow-list problem</source>
        <translation>Problème de liste d’adresses IP</translation>
    </message>
    <message>
        <source>E&amp;nterprise id:</source>
        <translation>Identifiant d’e&amp;ntreprise :</translation>
    </message>
    <message>
        <source>Enterprise id</source>
        <translation>Identifiant d’entreprise</translation>
    </message>
    <message>
        <source>optional, 32 hexadecimal characters</source>
        <translation>facultatif, 32 caractères hexadécimaux</translation>
    </message>
    <message>
        <source>Enterprise id problem</source>
        <translation>Problème d’identifiant d’entreprise</translation>
    </message>
    <message>
        <source>A&amp;dmin token</source>
        <translation>Jeton a&amp;dministrateur</translation>
    </message>
    <message>
        <source>Admin token</source>
        <translation>Jeton administrateur</translation>
    </message>
    <message>
        <source>Admin scope:</source>
        <translation>Portée d’administration :</translation>
    </message>
    <message>
        <source>Admin scope</source>
        <translation>Portée d’administration</translation>
    </message>
    <message>
        <source>Admin scope problem</source>
        <translation>Problème de portée d’administration</translation>
    </message>
    <message>
        <source>One-time c&amp;ode:</source>
        <translation>C&amp;ode à usage unique :</translation>
    </message>
    <message>
        <source>One-time code</source>
        <translation>Code à usage unique</translation>
    </message>
    <message>
        <source>from your authenticator</source>
        <translation>de votre application d’authentification</translation>
    </message>
    <message>
        <source>One-time code problem</source>
        <translation>Problème de code à usage unique</translation>
    </message>
    <message>
        <source>Request that will be sent</source>
        <translation>Requête qui sera envoyée</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>What is still needed</source>
        <translation>Ce qui manque encore</translation>
    </message>
    <message>
        <source>Show re&amp;quest</source>
        <translation>Afficher la re&amp;quête</translation>
    </message>
    <message>
        <source>Show request</source>
        <translation>Afficher la requête</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Create token</source>
        <translation>&amp;Créer le jeton</translation>
    </message>
    <message>
        <source>Create token</source>
        <translation>Créer le jeton</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your new token. BitGo shows it only once.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Votre nouveau jeton. BitGo ne l’affiche qu’une seule fois.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Token details</source>
        <translation>Détails du jeton</translation>
    </message>
    <message>
        <source>New token</source>
        <translation>Nouveau jeton</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>A&amp;fficher</translation>
    </message>
    <message>
        <source>Show token</source>
        <translation>Afficher le jeton</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy token</source>
        <translation>Copier le jeton</translation>
    </message>
    <message>
        <source>Clipboard countdown</source>
        <translation>Compte à rebours du presse-papiers</translation>
    </message>
    <message>
        <source>Keychain status</source>
        <translation>État du trousseau</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Retry storing in keychain</source>
        <translation>Réessayer l’enregistrement dans le trousseau</translation>
    </message>
    <message>
        <source>Copy &amp;once</source>
        <translation>Copier &amp;une fois</translation>
    </message>
    <message>
        <source>Copy token once</source>
        <translation>Copier le jeton une fois</translation>
    </message>
    <message>
        <source>Re&amp;voke now</source>
        <translation>Ré&amp;voquer maintenant</translation>
    </message>
    <message>
        <source>Revoke token now</source>
        <translation>Révoquer le jeton maintenant</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Surplus tokens</source>
        <translation>Jetons en surnombre</translation>
    </message>
    <message>
        <source>Revoke &amp;them</source>
        <translation>Les ré&amp;voquer</translation>
    </message>
    <message>
        <source>Revoke surplus tokens</source>
        <translation>Révoquer les jetons en surnombre</translation>
    </message>
    <message>
        <source>From template</source>
        <translation>Depuis un modèle</translation>
    </message>
    <message>
        <source>Fill the form from a saved template</source>
        <translation>Remplir le formulaire à partir d’un modèle enregistré</translation>
    </message>
    <message>
        <source>Save as &amp;template…</source>
        <translation>Enregistrer comme &amp;modèle…</translation>
    </message>
    <message>
        <source>Save as template</source>
        <translation>Enregistrer comme modèle</translation>
    </message>
    <message>
        <source>New token settings</source>
        <translation>Paramètres du nouveau jeton</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>What this app and its command-line tool did on this machine. No secret or one-time code is ever recorded.</source>
        <translation>Ce que cette application et son outil en ligne de commande ont fait sur cette machine. Aucun secret ni code à usage unique n’est jamais enregistré.</translation>
    </message>
    <message>
        <source>Filter by label, token id, user…</source>
        <translation>Filtrer par libellé, identifiant de jeton, utilisateur…</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtre</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exporter en CSV…</translation>
    </message>
</context>
<context>
    <name>ImportTokenDialog</name>
    <message>
        <source>Store a token I already have</source>
        <translation>Enregistrer un jeton que j’ai déjà</translation>
    </message>
    <message>
        <source>The token is checked with the server when possible and kept in your OS keychain. Only its description is written to disk.</source>
        <translation>Le jeton est vérifié auprès du serveur si possible et conservé dans le trousseau de votre système. Seule sa description est écrite sur le disque.</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Libellé :</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Jeton :</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Jeton d’accès</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>BitGo Token Manager</source>
        <translation>BitGo Token Manager</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Sea&amp;rch:</source>
        <translation>&amp;Rechercher :</translation>
    </message>
    <message>
        <source>Search tokens</source>
        <translation>Rechercher des jetons</translation>
    </message>
    <message>
        <source>label, scope, coin, IP, id</source>
        <translation>libellé, portée, coin, IP, identifiant</translation>
    </message>
    <message>
        <source>Access tokens</source>
        <translation>Jetons d’accès</translation>
    </message>
    <message>
        <source>Token details</source>
        <translation>Détails du jeton</translation>
    </message>
    <message>
        <source>BitGo Token Manager is locked.</source>
        <translation>BitGo Token Manager est verrouillé.</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>BitGo password to unlock the app</source>
        <translation>Mot de passe BitGo pour déverrouiller l’application</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Token</source>
        <translation>&amp;Jeton</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Session</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Barre d’outils</translation>
    </message>
    <message>
        <source>&amp;New token…</source>
        <translation>&amp;Nouveau jeton…</translation>
    </message>
    <message>
        <source>Create a new access token</source>
        <translation>Créer un nouveau jeton d’accès</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Copy token</source>
        <translation>&amp;Copier le jeton</translation>
    </message>
    <message>
        <source>Copy the selected token to the clipboard (cleared after a delay)</source>
        <translation>Copier le jeton sélectionné dans le presse-papiers (effacé après un délai)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Write the selected token to a file only you can read</source>
        <translation>Écrire le jeton sélectionné dans un fichier que vous seul pouvez lire</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>&amp;Révoquer…</translation>
    </message>
    <message>
        <source>Revoke the selected tokens on the server and forget them here</source>
        <translation>Révoquer les jetons sélectionnés sur le serveur et les oublier ici</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <source>&amp;Store a token I already have…</source>
        <translation>&amp;Enregistrer un jeton que j’ai déjà…</translation>
    </message>
    <message>
        <source>Keep an existing token in the keychain</source>
        <translation>Conserver un jeton existant dans le trousseau</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;Forget locally…</source>
        <translation>&amp;Oublier localement…</translation>
    </message>
    <message>
        <source>Remove the token from this machine only; it stays valid on the server</source>
        <translation>Retirer le jeton de cette machine uniquement ; il reste valide sur le serveur</translation>
    </message>
    <message>
        <source>&amp;Unlock session…</source>
        <translation>&amp;Déverrouiller la session…</translation>
    </message>
    <message>
        <source>Unlock the BitGo session for spending (removes spending limits)</source>
        <translation>Déverrouiller la session BitGo pour les dépenses (supprime les limites de dépense)</translation>
    </message>
    <message>
        <source>Ctrl+U</source>
        <translation>Ctrl+U</translation>
    </message>
    <message>
        <source>Loc&amp;k session</source>
        <translation>&amp;Verrouiller la session</translation>
    </message>
    <message>
        <source>End the unlock now</source>
        <translation>Mettre fin au déverrouillage maintenant</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Ac&amp;tualiser</translation>
    </message>
    <message>
        <source>Reload the token list from the server</source>
        <translation>Recharger la liste des jetons depuis le serveur</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>&amp;Sign in…</source>
        <translation>&amp;Se connecter…</translation>
    </message>
    <message>
        <source>Sign in to BitGo</source>
        <translation>Se connecter à BitGo</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>End the BitGo session</source>
        <translation>Mettre fin à la session BitGo</translation>
    </message>
    <message>
        <source>&amp;Lock the app</source>
        <translation>&amp;Verrouiller l’application</translation>
    </message>
    <message>
        <source>Hide everything and clear secrets until you confirm your password</source>
        <translation>Tout masquer et effacer les secrets jusqu’à ce que vous confirmiez votre mot de passe</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>À &amp;propos</translation>
    </message>
    <message>
        <source>About BitGo Token Manager</source>
        <translation>À propos de BitGo Token Manager</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historique…</translation>
    </message>
    <message>
        <source>What this app did on this machine (no secrets)</source>
        <translation>Ce que cette application a fait sur cette machine (sans secrets)</translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <source>&amp;Templates…</source>
        <translation>&amp;Modèles…</translation>
    </message>
    <message>
        <source>Saved token shapes: delete, import, export</source>
        <translation>Formes de jetons enregistrées : supprimer, importer, exporter</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>&amp;Clear copied tokens after:</source>
        <translation>&amp;Effacer les jetons copiés après :</translation>
    </message>
    <message>
        <source>Clear copied tokens after, seconds</source>
        <translation>Effacer les jetons copiés après, en secondes</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Lock after idle:</source>
        <translation>&amp;Verrouiller après inactivité :</translation>
    </message>
    <message>
        <source>Lock after idle, minutes</source>
        <translation>Verrouiller après inactivité, en minutes</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Jetons</translation>
    </message>
    <message>
        <source>Default &amp;lifetime of new tokens:</source>
        <translation>Durée de vie par &amp;défaut des nouveaux jetons :</translation>
    </message>
    <message>
        <source>Default lifetime of new tokens, days</source>
        <translation>Durée de vie par défaut des nouveaux jetons, en jours</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>&amp;Highlight tokens expiring within:</source>
        <translation>&amp;Mettre en évidence les jetons expirant dans :</translation>
    </message>
    <message>
        <source>Highlight tokens expiring within, days</source>
        <translation>Mettre en évidence les jetons expirant dans, en jours</translation>
    </message>
    <message>
        <source>Environments</source>
        <translation>Environnements</translation>
    </message>
    <message>
        <source>&amp;Default environment:</source>
        <translation>Environnement par &amp;défaut :</translation>
    </message>
    <message>
        <source>Default environment</source>
        <translation>Environnement par défaut</translation>
    </message>
    <message>
        <source>L&amp;anguage:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>C&amp;ustom environments (BitGo Express, a proxy, a BitGo-compatible server):</source>
        <translation>Environnements &amp;personnalisés (BitGo Express, un proxy, un serveur compatible BitGo) :</translation>
    </message>
    <message>
        <source>Custom environments</source>
        <translation>Environnements personnalisés</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>URL de base</translation>
    </message>
    <message>
        <source>Production rules</source>
        <translation>Règles de production</translation>
    </message>
    <message>
        <source>Server xpub</source>
        <translation>xpub du serveur</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>A&amp;jouter</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Re&amp;view flags lifetimes over:</source>
        <translation>La re&amp;vue signale les durées de vie au-delà de :</translation>
    </message>
    <message>
        <source>Security review flags lifetimes over, days</source>
        <translation>La revue de sécurité signale les durées de vie au-delà de, en jours</translation>
    </message>
    <message>
        <source>The security review (and tokens review in the CLI) reports tokens that live longer than this, and tokens expiring within the highlight period above. Short lifetimes limit the harm of a leaked token.</source>
        <translation>La revue de sécurité (et tokens review dans la CLI) signale les jetons dont la durée de vie dépasse cette valeur, ainsi que ceux qui expirent dans la période de mise en évidence ci-dessus. Des durées de vie courtes limitent les dégâts d’un jeton divulgué.</translation>
    </message>
    <message>
        <source>Auth v2 only</source>
        <translation>Auth v2 seulement</translation>
    </message>
    <message>
        <source>Sign with BitGo&apos;s auth version 2 for a server that does not speak version 3. Version 2 replies carry no time window, so a replayed reply is not detected: use it only when needed.</source>
        <translation>Signer avec la version 2 de l&apos;authentification BitGo, pour un serveur qui ne parle pas la version 3. Les réponses en version 2 ne portent aucune fenêtre de temps : une réponse rejouée n&apos;est pas détectée. À n&apos;utiliser qu&apos;en cas de besoin.</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
</context>
<context>
    <name>RotateTokensDialog</name>
    <message>
        <source>Rotate tokens</source>
        <translation>Renouveler des jetons</translation>
    </message>
    <message>
        <source>Each token is replaced by a new one with the same scopes, spending limits, IP rules, enterprise and admin flag. The new token is stored in the keychain and verified before the old one is revoked; if a step fails, the old token keeps working.</source>
        <translation>Chaque jeton est remplacé par un nouveau avec les mêmes portées, limites de dépense, règles IP, entreprise et indicateur d’administration. Le nouveau jeton est enregistré dans le trousseau et vérifié avant que l’ancien soit révoqué ; si une étape échoue, l’ancien jeton continue de fonctionner.</translation>
    </message>
    <message>
        <source>Old token</source>
        <translation>Ancien jeton</translation>
    </message>
    <message>
        <source>New token</source>
        <translation>Nouveau jeton</translation>
    </message>
    <message>
        <source>Lifetime / limit</source>
        <translation>Durée de vie / limite</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Dépensé</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Restant</translation>
    </message>
    <message>
        <source>&amp;Lifetime:</source>
        <translation>&amp;Durée de vie :</translation>
    </message>
    <message>
        <source>Same as the old token</source>
        <translation>Identique à l’ancien jeton</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Keep the old label</source>
        <translation>Garder l’ancien libellé</translation>
    </message>
    <message>
        <source>&amp;Carry over only the remaining budget (limit − spent) of each coin</source>
        <translation>&amp;Reporter uniquement le budget restant (limite − dépensé) de chaque coin</translation>
    </message>
    <message>
        <source>&amp;One-time code:</source>
        <translation>Code à usage &amp;unique :</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Jeton</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>S&amp;hape:</source>
        <translation>&amp;Forme :</translation>
    </message>
    <message>
        <source>Shape of the new token</source>
        <translation>Forme du nouveau jeton</translation>
    </message>
    <message>
        <source>Scopes, spending limits, IP rules, enterprise and admin flag of the new token: the old token&apos;s, or a saved template&apos;s (its lifetime too)</source>
        <translation>Portées, limites de dépense, règles IP, entreprise et indicateur d’administration du nouveau jeton : ceux de l’ancien jeton, ou ceux d’un modèle enregistré (sa durée de vie aussi)</translation>
    </message>
    <message>
        <source>New la&amp;bel:</source>
        <translation>Nouveau &amp;libellé :</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Terminer</translation>
    </message>
    <message>
        <source>Rotation plan</source>
        <translation>Plan de rotation</translation>
    </message>
    <message>
        <source>Chan&amp;ge…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Open the new token&apos;s settings in the token editor: scopes, spending limits, IP allow-list, lifetime</source>
        <translation>Ouvrir les paramètres du nouveau jeton dans l’éditeur : portées, limites de dépense, liste d’IP autorisées, durée de vie</translation>
    </message>
</context>
<context>
    <name>SecurityReviewDialog</name>
    <message>
        <source>Security review</source>
        <translation>Revue de sécurité</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>Token / finding</source>
        <translation>Jeton / constat</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Suggested fix</source>
        <translation>Correction suggérée</translation>
    </message>
    <message>
        <source>&amp;Fix…</source>
        <translation>&amp;Corriger…</translation>
    </message>
    <message>
        <source>&amp;Rotate…</source>
        <translation>&amp;Renouveler…</translation>
    </message>
    <message>
        <source>Replace the selected token with a new one of the same shape, then revoke it</source>
        <translation>Remplacer le jeton sélectionné par un nouveau de même forme, puis le révoquer</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to BitGo</source>
        <translation>Se connecter à BitGo</translation>
    </message>
    <message>
        <source>Sign in to list, create and revoke your access tokens. Tokens already stored on this machine can be copied without signing in.</source>
        <translation>Connectez-vous pour lister, créer et révoquer vos jetons d’accès. Les jetons déjà enregistrés sur cette machine peuvent être copiés sans connexion.</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>&amp;Environnement :</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <source>Production: every token you create here must be restricted to IP addresses (CIDR /24 to /32).</source>
        <translation>Production : chaque jeton créé ici doit être limité à des adresses IP (CIDR /24 à /32).</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>Nom d’&amp;utilisateur :</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>vous@example.com</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>One-time &amp;code:</source>
        <translation>&amp;Code à usage unique :</translation>
    </message>
    <message>
        <source>One-time code</source>
        <translation>Code à usage unique</translation>
    </message>
    <message>
        <source>from your authenticator app</source>
        <translation>de votre application d’authentification</translation>
    </message>
    <message>
        <source>Use an existing access &amp;token instead</source>
        <translation>Utiliser plutôt un &amp;jeton d’accès existant</translation>
    </message>
    <message>
        <source>Access to&amp;ken:</source>
        <translation>&amp;Jeton d’accès :</translation>
    </message>
    <message>
        <source>Existing access token</source>
        <translation>Jeton d’accès existant</translation>
    </message>
    <message>
        <source>paste the token</source>
        <translation>collez le jeton</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>Connexion en cours</translation>
    </message>
    <message>
        <source>Work &amp;offline</source>
        <translation>Travailler &amp;hors ligne</translation>
    </message>
    <message>
        <source>Show the tokens stored on this machine without signing in</source>
        <translation>Afficher les jetons enregistrés sur cette machine sans se connecter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Se connecter</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <source>Token templates</source>
        <translation>Modèles de jetons</translation>
    </message>
    <message>
        <source>A template keeps a token&apos;s shape: scopes, spending limits, IP rules, lifetime, enterprise and admin. Save one from the token editor; share them with your team as JSON files. Templates hold no label, code or secret.</source>
        <translation>Un modèle conserve la forme d’un jeton : portées, limites de dépense, règles IP, durée de vie, entreprise et administration. Enregistrez-en un depuis l’éditeur de jetons ; partagez-les avec votre équipe sous forme de fichiers JSON. Les modèles ne contiennent ni libellé, ni code, ni secret.</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>Template contents</source>
        <translation>Contenu du modèle</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Unlock session</source>
        <translation>Déverrouiller la session</translation>
    </message>
    <message>
        <source>&lt;b&gt;Unlocking removes spending limits.&lt;/b&gt; While the session is unlocked, a token that was created with spending limits loses them. Unlock only for the time you need.</source>
        <translation>&lt;b&gt;Le déverrouillage supprime les limites de dépense.&lt;/b&gt; Tant que la session est déverrouillée, un jeton créé avec des limites de dépense les perd. Ne déverrouillez que pour le temps nécessaire.</translation>
    </message>
    <message>
        <source>One-time &amp;code:</source>
        <translation>&amp;Code à usage unique :</translation>
    </message>
    <message>
        <source>One-time code</source>
        <translation>Code à usage unique</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Durée :</translation>
    </message>
    <message>
        <source>Unlock duration, minutes</source>
        <translation>Durée du déverrouillage, en minutes</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
</context>
<context>
    <name>bgtm</name>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Not signed in. Sign in first.</source>
        <translation>Non connecté. Connectez-vous d’abord.</translation>
    </message>
    <message>
        <source>The encrypted token from the server could not be opened: %1</source>
        <translation>Le jeton chiffré reçu du serveur n’a pas pu être ouvert : %1</translation>
    </message>
    <message>
        <source>The keychain cannot hold a new token, so none was created: %1</source>
        <translation>Le trousseau ne peut pas accueillir un nouveau jeton, aucun n’a donc été créé : %1</translation>
    </message>
    <message>
        <source>BitGo access token “%1” (%2)</source>
        <translation>Jeton d’accès BitGo « %1 » (%2)</translation>
    </message>
    <message>
        <source>BitGo Token Manager keychain check (not a token; keep it)</source>
        <translation>Vérification du trousseau de BitGo Token Manager (pas un jeton ; à conserver)</translation>
    </message>
</context>
<context>
    <name>bgtm::AboutDialog</name>
    <message>
        <source>Windows Credential Manager</source>
        <translation>Gestionnaire d’identification Windows</translation>
    </message>
    <message>
        <source>macOS Keychain</source>
        <translation>Trousseau macOS</translation>
    </message>
    <message>
        <source>KWallet (KDE Plasma)</source>
        <translation>KWallet (KDE Plasma)</translation>
    </message>
    <message>
        <source>Secret Service (libsecret)</source>
        <translation>Secret Service (libsecret)</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;%1&quot;&gt;Project page&lt;/a&gt; · &lt;a href=&quot;%1/blob/main/SECURITY.md&quot;&gt;Reporting a vulnerability (SECURITY.md)&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;%1&quot;&gt;Page du projet&lt;/a&gt; · &lt;a href=&quot;%1/blob/main/SECURITY.md&quot;&gt;Signaler une vulnérabilité (SECURITY.md)&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>bgtm::ActionHistory</name>
    <message>
        <source>The history folder %1 could not be created.</source>
        <translation>Le dossier d’historique %1 n’a pas pu être créé.</translation>
    </message>
    <message>
        <source>The history file %1 could not be opened: %2</source>
        <translation>Le fichier d’historique %1 n’a pas pu être ouvert : %2</translation>
    </message>
    <message>
        <source>The history file %1 could not be written: %2</source>
        <translation>Le fichier d’historique %1 n’a pas pu être écrit : %2</translation>
    </message>
    <message>
        <source>The history file %1 could not be read: %2</source>
        <translation>Le fichier d’historique %1 n’a pas pu être lu : %2</translation>
    </message>
</context>
<context>
    <name>bgtm::Amount</name>
    <message>
        <source>This coin&apos;s number of decimal places is unknown.</source>
        <translation>Le nombre de décimales de ce coin est inconnu.</translation>
    </message>
    <message>
        <source>Enter an amount.</source>
        <translation>Saisissez un montant.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount: use digits and at most one decimal point, without sign, exponent or spaces.</source>
        <translation>« %1 » n’est pas un montant : utilisez des chiffres et au plus un point décimal, sans signe, exposant ni espaces.</translation>
    </message>
    <message>
        <source>This coin has no fractional units: enter a whole number.</source>
        <translation>Ce coin n’a pas de fractions : saisissez un nombre entier.</translation>
    </message>
    <message numerus="yes">
        <source>Too many decimal places: this coin has %n.</source>
        <translation>
            <numerusform>Trop de décimales : ce coin en a %n.</numerusform>
            <numerusform>Trop de décimales : ce coin en a %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number of base units.</source>
        <translation>« %1 » n’est pas un nombre entier d’unités de base.</translation>
    </message>
    <message>
        <source>Leave out thousands separators (&quot;%1&quot;); use &quot;%2&quot; for decimals.</source>
        <translation>Omettez les séparateurs de milliers (« %1 ») ; utilisez « %2 » pour les décimales.</translation>
    </message>
    <message>
        <source>The server sent an approximate amount; the remaining budget cannot be computed exactly.</source>
        <translation>Le serveur a envoyé un montant approximatif ; le budget restant ne peut pas être calculé exactement.</translation>
    </message>
    <message>
        <source>The server sent an amount that is not a whole number of base units.</source>
        <translation>Le serveur a envoyé un montant qui n’est pas un nombre entier d’unités de base.</translation>
    </message>
</context>
<context>
    <name>bgtm::BitGoClient</name>
    <message>
        <source>Enter a username.</source>
        <translation>Saisissez un nom d’utilisateur.</translation>
    </message>
    <message>
        <source>Enter a password.</source>
        <translation>Saisissez un mot de passe.</translation>
    </message>
    <message>
        <source>The server sent an encrypted token, but this environment names no server key.</source>
        <translation>Le serveur a envoyé un jeton chiffré, mais cet environnement n’indique aucune clé de serveur.</translation>
    </message>
    <message>
        <source>Enter an access token.</source>
        <translation>Saisissez un jeton d’accès.</translation>
    </message>
    <message>
        <source>The unlock duration must be 1 to 3600 seconds.</source>
        <translation>La durée de déverrouillage doit être de 1 à 3600 secondes.</translation>
    </message>
    <message>
        <source>Enter the one-time code.</source>
        <translation>Saisissez le code à usage unique.</translation>
    </message>
    <message>
        <source>The session does not say which user it belongs to; sign in again.</source>
        <translation>La session n’indique pas à quel utilisateur elle appartient ; reconnectez-vous.</translation>
    </message>
    <message>
        <source>The server sent the new token encrypted, but this session holds no key to open it.</source>
        <translation>Le serveur a envoyé le nouveau jeton chiffré, mais cette session ne détient aucune clé pour l’ouvrir.</translation>
    </message>
    <message>
        <source>“%1” is not a token id.</source>
        <translation>« %1 » n’est pas un identifiant de jeton.</translation>
    </message>
    <message>
        <source>The saved session was not used: %1</source>
        <translation>La session enregistrée n&apos;a pas été utilisée : %1</translation>
    </message>
    <message>
        <source>an unrecorded address</source>
        <translation>une adresse non enregistrée</translation>
    </message>
    <message>
        <source>The saved session was issued by %1, not by %2 (the environment&apos;s address now); it was not used.</source>
        <translation>La session enregistrée a été émise par %1, et non par %2 (l&apos;adresse actuelle de l&apos;environnement) ; elle n&apos;a pas été utilisée.</translation>
    </message>
</context>
<context>
    <name>bgtm::CoinCatalogue</name>
    <message>
        <source>The coin catalogue is not valid JSON: %1</source>
        <translation>Le catalogue des coins n’est pas un JSON valide : %1</translation>
    </message>
    <message>
        <source>The coin catalogue has unexpected fields.</source>
        <translation>Le catalogue des coins contient des champs inattendus.</translation>
    </message>
    <message>
        <source>The coin catalogue has a malformed entry after %1 coins.</source>
        <translation>Le catalogue des coins contient une entrée mal formée après %1 coins.</translation>
    </message>
    <message>
        <source>The coin catalogue has a bad entry for &quot;%1&quot;.</source>
        <translation>Le catalogue des coins contient une entrée incorrecte pour « %1 ».</translation>
    </message>
</context>
<context>
    <name>bgtm::CreateTokenDialog</name>
    <message>
        <source>New access token — %1</source>
        <translation>Nouveau jeton d’accès — %1</translation>
    </message>
    <message>
        <source>&amp;IP allow-list (required):</source>
        <translation>Liste d’adresses &amp;IP autorisées (obligatoire) :</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 jour</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 jours</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 jours</translation>
    </message>
    <message>
        <source>90 days</source>
        <translation>90 jours</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 an</translation>
    </message>
    <message>
        <source>10 years (the maximum)</source>
        <translation>10 ans (le maximum)</translation>
    </message>
    <message>
        <source>Until a date…</source>
        <translation>Jusqu’à une date…</translation>
    </message>
    <message>
        <source>Coin</source>
        <translation>Coin</translation>
    </message>
    <message>
        <source>Lifetime limit</source>
        <translation>Limite sur la durée de vie</translation>
    </message>
    <message>
        <source>No cap</source>
        <translation>Sans plafond</translation>
    </message>
    <message>
        <source>Sent as</source>
        <translation>Envoyé comme</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>Complète</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Masquer</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>A&amp;fficher</translation>
    </message>
    <message numerus="yes">
        <source>Copied. The clipboard is cleared in %n second(s).</source>
        <translation>
            <numerusform>Copié. Le presse-papiers sera effacé dans %n seconde.</numerusform>
            <numerusform>Copié. Le presse-papiers sera effacé dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The clipboard was cleared.</source>
        <translation>Le presse-papiers a été effacé.</translation>
    </message>
    <message>
        <source>e.g. tbtc</source>
        <translation>p. ex. tbtc</translation>
    </message>
    <message>
        <source>Lifetime spending limit in coin units</source>
        <translation>Limite de dépense sur la durée de vie, en unités du coin</translation>
    </message>
    <message>
        <source>Amount in base units</source>
        <translation>Montant en unités de base</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove this spending limit</source>
        <translation>Retirer cette limite de dépense</translation>
    </message>
    <message>
        <source>Expires %1.</source>
        <translation>Expire le %1.</translation>
    </message>
    <message>
        <source>BitGo recommends short lifetimes and regular rotation: a long-lived token is a long-lived risk if it leaks.</source>
        <translation>BitGo recommande des durées de vie courtes et un renouvellement régulier : un jeton de longue durée est un risque de longue durée s’il fuit.</translation>
    </message>
    <message>
        <source>BitGo recommends short lifetimes and regular rotation.</source>
        <translation>BitGo recommande des durées de vie courtes et un renouvellement régulier.</translation>
    </message>
    <message>
        <source>Spend or approve scopes without a spending limit: this token will need to be unlocked with a one-time code regularly before it can move funds. Add a limit to let it work unattended within that limit.</source>
        <translation>Portées de dépense ou d’approbation sans limite de dépense : ce jeton devra être déverrouillé régulièrement avec un code à usage unique avant de pouvoir déplacer des fonds. Ajoutez une limite pour qu’il fonctionne sans surveillance dans cette limite.</translation>
    </message>
    <message>
        <source>a label</source>
        <translation>un libellé</translation>
    </message>
    <message>
        <source>the one-time code</source>
        <translation>le code à usage unique</translation>
    </message>
    <message>
        <source>at least one scope</source>
        <translation>au moins une portée</translation>
    </message>
    <message>
        <source>the IP allow-list</source>
        <translation>la liste d’adresses IP autorisées</translation>
    </message>
    <message>
        <source>a lifetime</source>
        <translation>une durée de vie</translation>
    </message>
    <message>
        <source>the spending limits</source>
        <translation>les limites de dépense</translation>
    </message>
    <message>
        <source>the ERC-20 limit</source>
        <translation>la limite ERC-20</translation>
    </message>
    <message>
        <source>Still needed: %1.</source>
        <translation>Encore nécessaire : %1.</translation>
    </message>
    <message>
        <source>no cap (maxLimit)</source>
        <translation>sans plafond (maxLimit)</translation>
    </message>
    <message>
        <source>%1 base units</source>
        <translation>%1 unités de base</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n decimal(s)</source>
        <translation>
            <numerusform>%1, %n décimale</numerusform>
            <numerusform>%1, %n décimales</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking that the keychain can hold the new token…</source>
        <translation>Vérification que le trousseau peut accueillir le nouveau jeton…</translation>
    </message>
    <message>
        <source>Nothing was sent: the keychain cannot store a new token right now. %1</source>
        <translation>Rien n’a été envoyé : le trousseau ne peut pas enregistrer de nouveau jeton pour le moment. %1</translation>
    </message>
    <message>
        <source>Nothing was sent: %1</source>
        <translation>Rien n’a été envoyé : %1</translation>
    </message>
    <message>
        <source>Creating the token…</source>
        <translation>Création du jeton…</translation>
    </message>
    <message>
        <source>(request id %1)</source>
        <translation>(identifiant de requête %1)</translation>
    </message>
    <message>
        <source>The server refused the request; see the marked field.</source>
        <translation>Le serveur a refusé la requête ; voir le champ signalé.</translation>
    </message>
    <message>
        <source>“%1”, id %2, expires %3.</source>
        <translation>« %1 », identifiant %2, expire le %3.</translation>
    </message>
    <message>
        <source>The server&apos;s reply could not be verified (plain sign-in); check the token in BitGo&apos;s web page before relying on it.</source>
        <translation>La réponse du serveur n’a pas pu être vérifiée (connexion simple) ; vérifiez le jeton sur la page web de BitGo avant de vous y fier.</translation>
    </message>
    <message>
        <source>Storing in your keychain…</source>
        <translation>Enregistrement dans votre trousseau…</translation>
    </message>
    <message>
        <source>Stored in your keychain.</source>
        <translation>Enregistré dans votre trousseau.</translation>
    </message>
    <message>
        <source>Revoked on the server; nothing to store.</source>
        <translation>Révoqué sur le serveur ; rien à enregistrer.</translation>
    </message>
    <message>
        <source>%1
Retry, copy it once to keep it elsewhere, or revoke it now.</source>
        <translation>%1
Réessayez, copiez-le une fois pour le conserver ailleurs, ou révoquez-le maintenant.</translation>
    </message>
    <message>
        <source>Copied. Paste it where it belongs before the clipboard is cleared.</source>
        <translation>Copié. Collez-le là où il doit aller avant que le presse-papiers soit effacé.</translation>
    </message>
    <message>
        <source>Revoking failed: %1</source>
        <translation>Échec de la révocation : %1</translation>
    </message>
    <message>
        <source>Revoking %1 failed: %2</source>
        <translation>Échec de la révocation de %1 : %2</translation>
    </message>
    <message>
        <source>The extra tokens were revoked.</source>
        <translation>Les jetons supplémentaires ont été révoqués.</translation>
    </message>
    <message>
        <source>Close without keeping the token?</source>
        <translation>Fermer sans conserver le jeton ?</translation>
    </message>
    <message>
        <source>The new token is neither stored in your keychain nor copied. BitGo will never show it again. Close anyway?</source>
        <translation>Le nouveau jeton n’est ni enregistré dans votre trousseau ni copié. BitGo ne l’affichera plus jamais. Fermer quand même ?</translation>
    </message>
    <message>
        <source>loading coins…</source>
        <translation>chargement des coins…</translation>
    </message>
    <message>
        <source>The coin list is still loading…</source>
        <translation>La liste des coins est encore en cours de chargement…</translation>
    </message>
    <message>
        <source>could not be stored</source>
        <translation>n’a pas pu être enregistré</translation>
    </message>
    <message>
        <source>surplus from a silent resend</source>
        <translation>en surnombre après un renvoi silencieux</translation>
    </message>
    <message>
        <source>Save as template</source>
        <translation>Enregistrer comme modèle</translation>
    </message>
    <message>
        <source>Template &amp;name:</source>
        <translation>&amp;Nom du modèle :</translation>
    </message>
    <message>
        <source>Saved template “%1”.</source>
        <translation>Modèle « %1 » enregistré.</translation>
    </message>
    <message>
        <source>From template…</source>
        <translation>Depuis un modèle…</translation>
    </message>
    <message>
        <source>No templates are available.</source>
        <translation>Aucun modèle n’est disponible.</translation>
    </message>
    <message>
        <source>The template&apos;s spending limits could not be filled in (unknown coin, or the coin list is still loading).</source>
        <translation>Les limites de dépense du modèle n’ont pas pu être reprises (coin inconnu, ou liste des coins encore en chargement).</translation>
    </message>
    <message>
        <source>Fix the form first: %1</source>
        <translation>Corrigez d’abord le formulaire : %1</translation>
    </message>
    <message>
        <source>Close and lose the token</source>
        <translation>Fermer et perdre le jeton</translation>
    </message>
    <message>
        <source>Cancelled after the request went out.</source>
        <translation>Annulé après l’envoi de la requête.</translation>
    </message>
    <message>
        <source>The server may already have made the token. It stays in the token list as a pending creation until the next refresh settles it; a token made by it is then flagged for revocation.</source>
        <translation>Le serveur a peut-être déjà créé le jeton. Il reste dans la liste des jetons comme création en attente jusqu’à ce que la prochaine actualisation tranche ; un jeton ainsi créé est alors signalé à révoquer.</translation>
    </message>
    <message>
        <source>The request was sent more than once. These tokens look like the new one, but may be someone else&apos;s: %1. Revoke only those that are yours.</source>
        <translation>La requête a été envoyée plus d’une fois. Ces jetons ressemblent au nouveau, mais peuvent appartenir à quelqu’un d’autre : %1. Ne révoquez que les vôtres.</translation>
    </message>
    <message>
        <source>The request was sent more than once, and whether that made extra tokens could not be checked; look at the token list.</source>
        <translation>La requête a été envoyée plus d’une fois, et il n’a pas été possible de vérifier si des jetons en plus ont été créés ; consultez la liste des jetons.</translation>
    </message>
    <message>
        <source>The request was sent more than once, and BitGo created extra tokens that nobody holds; these could not be revoked: %1. Revoke them.</source>
        <translation>La requête a été envoyée plus d’une fois, et BitGo a créé des jetons en plus que personne ne détient ; ils n’ont pas pu être révoqués : %1. Révoquez-les.</translation>
    </message>
    <message numerus="yes">
        <source>The request was sent more than once, and BitGo created %n extra token(s) that nobody held: %1. They were revoked.</source>
        <translation>
            <numerusform>La requête a été envoyée plus d’une fois, et BitGo a créé %n jeton en plus que personne ne détenait : %1. Il a été révoqué.</numerusform>
            <numerusform>La requête a été envoyée plus d’une fois, et BitGo a créé %n jetons en plus que personne ne détenait : %1. Ils ont été révoqués.</numerusform>
        </translation>
    </message>
    <message>
        <source>To correct: %1.</source>
        <translation>À corriger : %1.</translation>
    </message>
    <message>
        <source>Discard this form?</source>
        <translation>Abandonner ce formulaire ?</translation>
    </message>
    <message>
        <source>The form has entries that are not saved anywhere. Close and discard them?</source>
        <translation>Le formulaire contient des saisies enregistrées nulle part. Fermer et les abandonner ?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>more than can ever exist</source>
        <translation>plus qu’il n’en existera jamais</translation>
    </message>
    <message>
        <source>Sent as %1 base units</source>
        <translation>Envoyé comme %1 unités de base</translation>
    </message>
    <message>
        <source>Some spending limits could not be shown (unknown coin).</source>
        <translation>Certaines limites de dépense n’ont pas pu être affichées (monnaie inconnue).</translation>
    </message>
    <message>
        <source>Settings of the new token — %1</source>
        <translation>Paramètres du nouveau jeton — %1</translation>
    </message>
    <message>
        <source>&amp;Use these settings</source>
        <translation>&amp;Utiliser ces paramètres</translation>
    </message>
</context>
<context>
    <name>bgtm::CreateTokenRequest</name>
    <message>
        <source>Enter an IP address or range, or remove the empty entry.</source>
        <translation>Saisissez une adresse IP ou une plage, ou retirez l’entrée vide.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: remove the spaces.</source>
        <translation>« %1 » : retirez les espaces.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: IPv6 ranges are not accepted; list IPv6 addresses one by one.</source>
        <translation>« %1 » : les plages IPv6 ne sont pas acceptées ; listez les adresses IPv6 une par une.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 range like 203.0.113.0/24.</source>
        <translation>« %1 » n’est pas une plage IPv4 comme 203.0.113.0/24.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the prefix after &quot;/&quot; must be a number from 24 to 32.</source>
        <translation>« %1 » : le préfixe après « / » doit être un nombre de 24 à 32.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: BitGo accepts ranges from /24 (256 addresses) to /32 only.</source>
        <translation>« %1 » : BitGo n’accepte que les plages de /24 (256 adresses) à /32.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 or IPv6 address.</source>
        <translation>« %1 » n’est pas une adresse IPv4 ou IPv6.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number of base units: use digits only, without sign, decimal point or leading zeros.</source>
        <translation>« %1 » n’est pas un nombre entier d’unités de base : utilisez uniquement des chiffres, sans signe, point décimal ni zéros en tête.</translation>
    </message>
    <message>
        <source>Give the token a label so you can recognise it later.</source>
        <translation>Donnez un libellé au jeton pour pouvoir le reconnaître plus tard.</translation>
    </message>
    <message>
        <source>Enter the one-time code from your authenticator.</source>
        <translation>Saisissez le code à usage unique de votre application d’authentification.</translation>
    </message>
    <message>
        <source>Choose at least one scope: a token without scopes can do nothing.</source>
        <translation>Choisissez au moins une portée : un jeton sans portée ne peut rien faire.</translation>
    </message>
    <message>
        <source>A scope is empty.</source>
        <translation>Une portée est vide.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a scope BitGo knows.</source>
        <translation>« %1 » n’est pas une portée connue de BitGo.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not take a wallet id; only wallet_view, wallet_spend, wallet_manage, wallet_approve, wallet_edit, wallet_freeze and wallet_stake do.</source>
        <translation>« %1 » n’accepte pas d’identifiant de portefeuille ; seuls wallet_view, wallet_spend, wallet_manage, wallet_approve, wallet_edit, wallet_freeze et wallet_stake l’acceptent.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the wallet id after &quot;:&quot; must be 32 lowercase hexadecimal characters.</source>
        <translation>« %1 » : l’identifiant de portefeuille après « : » doit comporter 32 caractères hexadécimaux en minuscules.</translation>
    </message>
    <message>
        <source>&quot;all&quot; is allowed in the test environment only; choose the scopes you need.</source>
        <translation>« all » n’est autorisé que dans l’environnement de test ; choisissez les portées dont vous avez besoin.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice.</source>
        <translation>« %1 » figure deux fois.</translation>
    </message>
    <message>
        <source>The lifetime must be between 1 second and 10 years (315360000 seconds).</source>
        <translation>La durée de vie doit être comprise entre 1 seconde et 10 ans (315360000 secondes).</translation>
    </message>
    <message>
        <source>Production tokens must be limited to IP addresses: add the addresses that will use the token.</source>
        <translation>Les jetons de production doivent être limités à des adresses IP : ajoutez les adresses qui utiliseront le jeton.</translation>
    </message>
    <message>
        <source>The enterprise id must be 32 lowercase hexadecimal characters (0-9, a-f).</source>
        <translation>L’identifiant d’entreprise doit comporter 32 caractères hexadécimaux en minuscules (0-9, a-f).</translation>
    </message>
    <message>
        <source>The admin scope must be &quot;read&quot; or &quot;full&quot;.</source>
        <translation>La portée d’administration doit être « read » ou « full ».</translation>
    </message>
    <message>
        <source>An admin scope needs the admin option.</source>
        <translation>Une portée d’administration nécessite l’option admin.</translation>
    </message>
    <message>
        <source>Choose a coin for this spending limit.</source>
        <translation>Choisissez un coin pour cette limite de dépense.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a coin BitGo knows.</source>
        <translation>« %1 » n’est pas un coin connu de BitGo.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already has a spending limit; each coin can have one.</source>
        <translation>« %1 » a déjà une limite de dépense ; chaque coin peut en avoir une.</translation>
    </message>
    <message>
        <source>Enter an amount, or choose &quot;no cap&quot;.</source>
        <translation>Saisissez un montant, ou choisissez « sans plafond ».</translation>
    </message>
    <message>
        <source>Enter an amount in base units for all ERC-20 tokens, or choose &quot;no cap&quot;.</source>
        <translation>Saisissez un montant en unités de base pour tous les jetons ERC-20, ou choisissez « sans plafond ».</translation>
    </message>
    <message>
        <source>The %1 limit of %2 %1 is more than all the %1 that can ever exist (%3 %1), so it caps nothing. Enter the most this token may spend, or choose &quot;no cap&quot; to say so.</source>
        <translation>La limite %1 de %2 %1 dépasse tous les %1 qui pourront jamais exister (%3 %1) : elle ne plafonne donc rien. Saisissez le maximum que ce jeton peut dépenser, ou choisissez « sans plafond » pour le dire.</translation>
    </message>
</context>
<context>
    <name>bgtm::Environment</name>
    <message>
        <source>BitGo Test</source>
        <translation>BitGo Test</translation>
    </message>
    <message>
        <source>BitGo Production</source>
        <translation>BitGo Production</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Bac à sable</translation>
    </message>
    <message>
        <source>The address is not a valid URL.</source>
        <translation>L’adresse n’est pas une URL valide.</translation>
    </message>
    <message>
        <source>The address must start with https://.</source>
        <translation>L’adresse doit commencer par https://.</translation>
    </message>
    <message>
        <source>The address has no host name.</source>
        <translation>L’adresse n’a pas de nom d’hôte.</translation>
    </message>
    <message>
        <source>The address must not contain a user name or password.</source>
        <translation>L’adresse ne doit contenir ni nom d’utilisateur ni mot de passe.</translation>
    </message>
    <message>
        <source>The address must be a server only (scheme, host and port), without a path.</source>
        <translation>L’adresse doit désigner uniquement un serveur (schéma, hôte et port), sans chemin.</translation>
    </message>
    <message>
        <source>The address must not contain a query (?…) or fragment (#…).</source>
        <translation>L’adresse ne doit contenir ni requête (?…) ni fragment (#…).</translation>
    </message>
    <message>
        <source>Plain http:// would send passwords and tokens readable by anyone on the network; it is allowed only to this computer (localhost, 127.0.0.0/8, ::1). Use https://.</source>
        <translation>Le simple http:// enverrait les mots de passe et les jetons lisibles par n’importe qui sur le réseau ; il n’est autorisé que vers cet ordinateur (localhost, 127.0.0.0/8, ::1). Utilisez https://.</translation>
    </message>
</context>
<context>
    <name>bgtm::ExpiryBanner</name>
    <message>
        <source>&amp;Rotate…</source>
        <translation>&amp;Renouveler…</translation>
    </message>
    <message>
        <source>Replace these tokens with new ones, then revoke the old ones</source>
        <translation>Remplacer ces jetons par de nouveaux, puis révoquer les anciens</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) expire within %1 days: %2</source>
        <translation>
            <numerusform>%n jeton expire dans les %1 jours : %2</numerusform>
            <numerusform>%n jetons expirent dans les %1 jours : %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bgtm::ExpiryNotifier</name>
    <message>
        <source>Access tokens expire soon</source>
        <translation>Des jetons d’accès expirent bientôt</translation>
    </message>
    <message>
        <source>Click to rotate them.</source>
        <translation>Cliquez pour les renouveler.</translation>
    </message>
</context>
<context>
    <name>bgtm::ExportFileDialog</name>
    <message>
        <source>Export token to a new file</source>
        <translation>Exporter le jeton dans un nouveau fichier</translation>
    </message>
    <message>
        <source>Token only (*.token)</source>
        <translation>Jeton seul (*.token)</translation>
    </message>
    <message>
        <source>.env line, BITGO_ACCESS_TOKEN=… (*.env)</source>
        <translation>Ligne .env, BITGO_ACCESS_TOKEN=… (*.env)</translation>
    </message>
    <message>
        <source>Shell export line (*.sh)</source>
        <translation>Ligne export pour le shell (*.sh)</translation>
    </message>
    <message>
        <source>File exists</source>
        <translation>Le fichier existe</translation>
    </message>
    <message>
        <source>“%1” exists already. An export never replaces a file: choose another name.</source>
        <translation>« %1 » existe déjà. Un export ne remplace jamais un fichier : choisissez un autre nom.</translation>
    </message>
</context>
<context>
    <name>bgtm::HistoryDialog</name>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Token id</source>
        <translation>Identifiant du jeton</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Toutes les actions</translation>
    </message>
    <message>
        <source>No history is kept.</source>
        <translation>Aucun historique n’est conservé.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) could not be read (for example torn by a crash) and are not shown.</source>
        <translation>
            <numerusform>%n ligne n’a pas pu être lue (par exemple coupée par un plantage) et n’est pas affichée.</numerusform>
            <numerusform>%n lignes n’ont pas pu être lues (par exemple coupées par un plantage) et ne sont pas affichées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies)</source>
        <translation>
            <numerusform>%n entrée</numerusform>
            <numerusform>%n entrées</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 n’a pas pu être écrit : %2</translation>
    </message>
    <message>
        <source>Export history as CSV</source>
        <translation>Exporter l’historique en CSV</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n entry(ies) to %1.</source>
        <translation>
            <numerusform>%n entrée écrite dans %1.</numerusform>
            <numerusform>%n entrées écrites dans %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bgtm::ImportTokenDialog</name>
    <message>
        <source>Give the token a label so you can recognise it.</source>
        <translation>Donnez un libellé au jeton pour pouvoir le reconnaître.</translation>
    </message>
    <message>
        <source>Paste the whole token (no spaces).</source>
        <translation>Collez le jeton entier (sans espaces).</translation>
    </message>
</context>
<context>
    <name>bgtm::Keychain</name>
    <message>
        <source>The keychain holds no such item.</source>
        <translation>Le trousseau ne contient pas cet élément.</translation>
    </message>
    <message>
        <source>The keychain is locked or refused access (%1).</source>
        <translation>Le trousseau est verrouillé ou a refusé l’accès (%1).</translation>
    </message>
    <message>
        <source>No keychain service is available (%1).</source>
        <translation>Aucun service de trousseau n’est disponible (%1).</translation>
    </message>
    <message>
        <source>The keychain reported an error: %1</source>
        <translation>Le trousseau a signalé une erreur : %1</translation>
    </message>
</context>
<context>
    <name>bgtm::KeychainBanner</name>
    <message>
        <source>The keychain is locked; unlock it to store new tokens.</source>
        <translation>Le trousseau est verrouillé ; déverrouillez-le pour y enregistrer de nouveaux jetons.</translation>
    </message>
    <message>
        <source>No keychain service is running to store new tokens in.</source>
        <translation>Aucun service de trousseau ne tourne pour y enregistrer de nouveaux jetons.</translation>
    </message>
    <message>
        <source>The keychain answers with errors, so new tokens cannot be stored.</source>
        <translation>Le trousseau répond par des erreurs : aucun nouveau jeton ne peut y être enregistré.</translation>
    </message>
    <message>
        <source>&amp;Unlock keychain…</source>
        <translation>&amp;Déverrouiller le trousseau…</translation>
    </message>
    <message>
        <source>Your system asks for the keychain&apos;s password</source>
        <translation>Votre système demande le mot de passe du trousseau</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>&amp;Vérifier à nouveau</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Détails</translation>
    </message>
    <message>
        <source>What the keychain service itself reported</source>
        <translation>Ce que le service de trousseau a lui-même signalé</translation>
    </message>
    <message>
        <source>The keychain is locked. New tokens are stored there, so creating one waits until it is unlocked; tokens already stored stay where they are.</source>
        <translation>Le trousseau est verrouillé. Les nouveaux jetons y sont enregistrés : la création attend qu’il soit déverrouillé ; les jetons déjà enregistrés restent où ils sont.</translation>
    </message>
    <message>
        <source>No keychain service is running, so new tokens cannot be stored and creating one is off. Start GNOME Keyring, or turn on “Secret Service integration” in KeePassXC, then check again.</source>
        <translation>Aucun service de trousseau ne tourne : aucun nouveau jeton ne peut être enregistré et la création est désactivée. Démarrez GNOME Keyring ou activez « l’intégration Secret Service » dans KeePassXC, puis vérifiez à nouveau.</translation>
    </message>
    <message>
        <source>The keychain answers with errors, so new tokens cannot be stored and creating one is off. Check that it is unlocked and working, then check again.</source>
        <translation>Le trousseau répond par des erreurs : aucun nouveau jeton ne peut être enregistré et la création est désactivée. Vérifiez qu’il est déverrouillé et fonctionne, puis vérifiez à nouveau.</translation>
    </message>
    <message>
        <source>Waiting for the keychain… (its own prompt may be open; it can be cancelled there)</source>
        <translation>En attente du trousseau… (sa propre demande est peut-être ouverte ; on peut l’annuler là)</translation>
    </message>
    <message>
        <source>The keychain service gave no further detail.</source>
        <translation>Le service de trousseau n’a donné aucun autre détail.</translation>
    </message>
</context>
<context>
    <name>bgtm::LocalSandbox</name>
    <message>
        <source>No local sandbox is running (no runtime file).</source>
        <translation>Aucun bac à sable local ne tourne (pas de fichier d’exécution).</translation>
    </message>
    <message>
        <source>The local sandbox&apos;s runtime file is malformed.</source>
        <translation>Le fichier d’exécution du bac à sable local est mal formé.</translation>
    </message>
    <message>
        <source>Cannot create the directory %1.</source>
        <translation>Impossible de créer le répertoire %1.</translation>
    </message>
    <message>
        <source>The local sandbox (bitgo-sandbox) was not found next to this program or on PATH.</source>
        <translation>Le bac à sable local (bitgo-sandbox) est introuvable à côté de ce programme et dans le PATH.</translation>
    </message>
    <message>
        <source>The local sandbox could not be started: %1</source>
        <translation>Le bac à sable local n’a pas pu démarrer : %1</translation>
    </message>
    <message numerus="yes">
        <source>The local sandbox did not start within %n second(s).</source>
        <translation>
            <numerusform>Le bac à sable local n’a pas démarré en %n seconde.</numerusform>
            <numerusform>Le bac à sable local n’a pas démarré en %n secondes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bgtm::MainWindow</name>
    <message>
        <source>Working</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Your BitGo session has expired. Sign in again to continue.</source>
        <translation>Votre session BitGo a expiré. Reconnectez-vous pour continuer.</translation>
    </message>
    <message>
        <source>Your BitGo session has expired. Sign in again and what you were doing will continue.</source>
        <translation>Votre session BitGo a expiré. Reconnectez-vous et ce que vous faisiez reprendra.</translation>
    </message>
    <message>
        <source>This needs a BitGo session. Sign in first.</source>
        <translation>Cela nécessite une session BitGo. Connectez-vous d’abord.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source> (request id %1)</source>
        <translation> (identifiant de requête %1)</translation>
    </message>
    <message>
        <source>Signing out…</source>
        <translation>Déconnexion…</translation>
    </message>
    <message>
        <source>Signed out.</source>
        <translation>Déconnecté.</translation>
    </message>
    <message>
        <source>Signed out here; the server could not be told: %1</source>
        <translation>Déconnecté ici ; le serveur n’a pas pu être prévenu : %1</translation>
    </message>
    <message>
        <source>Loading tokens…</source>
        <translation>Chargement des jetons…</translation>
    </message>
    <message>
        <source>The server list is incomplete; some tokens may be missing.</source>
        <translation>La liste du serveur est incomplète ; certains jetons peuvent manquer.</translation>
    </message>
    <message>
        <source>Offline: tokens stored on this machine</source>
        <translation>Hors ligne : jetons enregistrés sur cette machine</translation>
    </message>
    <message>
        <source>Downgraded session (no ECDH key): new tokens arrive unencrypted</source>
        <translation>Session dégradée (pas de clé ECDH) : les nouveaux jetons arrivent non chiffrés</translation>
    </message>
    <message>
        <source>Session locked</source>
        <translation>Session verrouillée</translation>
    </message>
    <message>
        <source>Unlocked: %1:%2 left</source>
        <translation>Déverrouillée : encore %1:%2</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a token to see its details.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Sélectionnez un jeton pour voir ses détails.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;%n tokens selected.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;%n jeton sélectionné.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;%n jetons sélectionnés.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>(not yet known)</source>
        <translation>(pas encore connu)</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Portées</translation>
    </message>
    <message>
        <source>Spending limits</source>
        <translation>Limites de dépense</translation>
    </message>
    <message>
        <source>IP rules</source>
        <translation>Règles IP</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Production token</source>
        <translation>Jeton de production</translation>
    </message>
    <message>
        <source>“%1” is a Production token that can move real funds. %2 it anyway?</source>
        <translation>« %1 » est un jeton de production qui peut déplacer des fonds réels. %2 quand même ?</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Reading the keychain…</source>
        <translation>Lecture du trousseau…</translation>
    </message>
    <message>
        <source>The token could not be read from the keychain: %1</source>
        <translation>Le jeton n’a pas pu être lu dans le trousseau : %1</translation>
    </message>
    <message>
        <source>Token on the clipboard</source>
        <translation>Jeton dans le presse-papiers</translation>
    </message>
    <message>
        <source>Copied “%1”.</source>
        <translation>« %1 » copié.</translation>
    </message>
    <message numerus="yes">
        <source>Clipboard clears in %n s</source>
        <translation>
            <numerusform>Presse-papiers effacé dans %n s</numerusform>
            <numerusform>Presse-papiers effacé dans %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Échec de l’export : %1</translation>
    </message>
    <message>
        <source>Exported “%1” to %2 (readable only by you).</source>
        <translation>« %1 » exporté vers %2 (lisible par vous seul).</translation>
    </message>
    <message>
        <source>Revoke tokens</source>
        <translation>Révoquer des jetons</translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n token(s) on the server? Anything using them stops working at once.

%1</source>
        <translation>
            <numerusform>Révoquer %n jeton sur le serveur ? Tout ce qui l’utilise cesse aussitôt de fonctionner.

%1</numerusform>
            <numerusform>Révoquer %n jetons sur le serveur ? Tout ce qui les utilise cesse aussitôt de fonctionner.

%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoke report</source>
        <translation>Rapport de révocation</translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) could not be revoked.</source>
        <translation>
            <numerusform>%n jeton n’a pas pu être révoqué.</numerusform>
            <numerusform>%n jetons n’ont pas pu être révoqués.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoked %n token(s).</source>
        <translation>
            <numerusform>%n jeton révoqué.</numerusform>
            <numerusform>%n jetons révoqués.</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoking “%1”…</source>
        <translation>Révocation de « %1 »…</translation>
    </message>
    <message>
        <source>✗ %1: %2</source>
        <translation>✗ %1 : %2</translation>
    </message>
    <message>
        <source>✓ %1: revoked</source>
        <translation>✓ %1 : révoqué</translation>
    </message>
    <message>
        <source>✓ %1: already gone on the server</source>
        <translation>✓ %1 : déjà supprimé sur le serveur</translation>
    </message>
    <message>
        <source>Forget token</source>
        <translation>Oublier le jeton</translation>
    </message>
    <message>
        <source>Remove “%1” from this machine? It stays valid on the server until it expires or is revoked, and its secret cannot be shown again.</source>
        <translation>Retirer « %1 » de cette machine ? Il reste valide sur le serveur jusqu’à son expiration ou sa révocation, et son secret ne pourra plus être affiché.</translation>
    </message>
    <message>
        <source>Removing from the keychain…</source>
        <translation>Suppression du trousseau…</translation>
    </message>
    <message>
        <source>Forgot “%1” on this machine.</source>
        <translation>« %1 » oublié sur cette machine.</translation>
    </message>
    <message>
        <source>Could not forget “%1”: %2</source>
        <translation>Impossible d’oublier « %1 » : %2</translation>
    </message>
    <message>
        <source>Could not store “%1”: %2</source>
        <translation>Impossible d’enregistrer « %1 » : %2</translation>
    </message>
    <message>
        <source>Stored “%1” in the keychain.</source>
        <translation>« %1 » enregistré dans le trousseau.</translation>
    </message>
    <message>
        <source>Stored “%1” as unverified: the server did not confirm it.</source>
        <translation>« %1 » enregistré comme non vérifié : le serveur ne l’a pas confirmé.</translation>
    </message>
    <message>
        <source>Checking the token with the server…</source>
        <translation>Vérification du jeton auprès du serveur…</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Déverrouillage…</translation>
    </message>
    <message>
        <source>Session unlocked. Spending limits do not apply until it locks again.</source>
        <translation>Session déverrouillée. Les limites de dépense ne s’appliquent plus jusqu’à ce qu’elle soit de nouveau verrouillée.</translation>
    </message>
    <message>
        <source>Locking the session…</source>
        <translation>Verrouillage de la session…</translation>
    </message>
    <message>
        <source>Session locked.</source>
        <translation>Session verrouillée.</translation>
    </message>
    <message>
        <source>BitGo Token Manager is locked. Enter your BitGo password to continue.</source>
        <translation>BitGo Token Manager est verrouillé. Saisissez votre mot de passe BitGo pour continuer.</translation>
    </message>
    <message>
        <source>BitGo Token Manager is locked. Unlock to check the keychain is yours.</source>
        <translation>BitGo Token Manager est verrouillé. Déverrouillez pour vérifier que le trousseau est bien le vôtre.</translation>
    </message>
    <message>
        <source>Checking your password…</source>
        <translation>Vérification de votre mot de passe…</translation>
    </message>
    <message>
        <source>That password is not correct.</source>
        <translation>Ce mot de passe est incorrect.</translation>
    </message>
    <message>
        <source>Asking the keychain…</source>
        <translation>Interrogation du trousseau…</translation>
    </message>
    <message>
        <source>The keychain did not unlock: %1</source>
        <translation>Le trousseau ne s’est pas déverrouillé : %1</translation>
    </message>
    <message>
        <source>R&amp;otate…</source>
        <translation>Re&amp;nouveler…</translation>
    </message>
    <message>
        <source>Replace the selected tokens with new ones, then revoke the old ones</source>
        <translation>Remplacer les jetons sélectionnés par de nouveaux, puis révoquer les anciens</translation>
    </message>
    <message>
        <source>Security &amp;review…</source>
        <translation>Revue de &amp;sécurité…</translation>
    </message>
    <message>
        <source>Risky tokens with the reason and a fix: limits, IP rules, lifetime, expiry</source>
        <translation>Jetons à risque avec la raison et une correction : limites, règles IP, durée de vie, expiration</translation>
    </message>
    <message>
        <source>Stopped waiting for the keychain. It may be locked or busy and can still finish in the background; trying again checks first.</source>
        <translation>Attente du trousseau abandonnée. Il est peut-être verrouillé ou occupé et peut encore terminer en arrière-plan ; un nouvel essai vérifie d’abord.</translation>
    </message>
    <message>
        <source>access token</source>
        <translation>jeton d’accès</translation>
    </message>
    <message>
        <source>password</source>
        <translation>mot de passe</translation>
    </message>
    <message>
        <source>format %1, to %2</source>
        <translation>format %1, vers %2</translation>
    </message>
    <message>
        <source>already gone on the server</source>
        <translation>déjà supprimé sur le serveur</translation>
    </message>
    <message>
        <source>Refresh first: the selected tokens are not in the server&apos;s list.</source>
        <translation>Actualisez d’abord : les jetons sélectionnés ne sont pas dans la liste du serveur.</translation>
    </message>
    <message>
        <source>No live token %1 on the server: refresh and try again.</source>
        <translation>Aucun jeton valide %1 sur le serveur : actualisez et réessayez.</translation>
    </message>
    <message>
        <source>Storing in the keychain…</source>
        <translation>Enregistrement dans le trousseau…</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>vérifié</translation>
    </message>
    <message>
        <source>unverified</source>
        <translation>non vérifié</translation>
    </message>
    <message>
        <source>Sign in to review the tokens on the server.</source>
        <translation>Connectez-vous pour examiner les jetons du serveur.</translation>
    </message>
    <message>
        <source>The expiring tokens are not in the table: clear the search or refresh.</source>
        <translation>Les jetons qui expirent ne sont pas dans le tableau : effacez la recherche ou actualisez.</translation>
    </message>
    <message>
        <source>The local index was not updated: %1</source>
        <translation>L’index local n’a pas été mis à jour : %1</translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n token(s)</source>
        <translation>
            <numerusform>Révoquer %n jeton</numerusform>
            <numerusform>Révoquer %n jetons</numerusform>
        </translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>Oublier</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Dismiss the unanswered creation of “%1”? Tokens on the server that look like it are not touched: revoke the one that is yours first, if any.</source>
        <translation>Abandonner la création sans réponse de « %1 » ? Les jetons du serveur qui lui ressemblent ne sont pas touchés : révoquez d’abord le vôtre, s’il y en a un.</translation>
    </message>
    <message>
        <source>Dismiss creation</source>
        <translation>Abandonner la création</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>Dismissed the unanswered creation of “%1”.</source>
        <translation>La création sans réponse de « %1 » a été abandonnée.</translation>
    </message>
    <message>
        <source>&amp;Extend unlock…</source>
        <translation>&amp;Prolonger le déverrouillage…</translation>
    </message>
    <message>
        <source>&amp;Unlock session…</source>
        <translation>&amp;Déverrouiller la session…</translation>
    </message>
    <message>
        <source>No token matches “%1”.</source>
        <translation>Aucun jeton ne correspond à « %1 ».</translation>
    </message>
    <message>
        <source>No tokens yet. Make one with New token (%1).</source>
        <translation>Pas encore de jeton. Créez-en un avec « Nouveau jeton » (%1).</translation>
    </message>
    <message>
        <source>No tokens are stored on this machine. Sign in to see your account&apos;s tokens.</source>
        <translation>Aucun jeton n’est enregistré sur cette machine. Connectez-vous pour voir les jetons de votre compte.</translation>
    </message>
    <message>
        <source>Unlock &amp;keychain…</source>
        <translation>Déverrouiller le &amp;trousseau…</translation>
    </message>
    <message>
        <source>Your system asks for the keychain&apos;s password; then the secrets show again</source>
        <translation>Votre système demande le mot de passe du trousseau ; ensuite les secrets réapparaissent</translation>
    </message>
    <message>
        <source>Local sandbox</source>
        <translation>Bac à sable local</translation>
    </message>
</context>
<context>
    <name>bgtm::PreferencesDialog</name>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>My server</source>
        <translation>Mon serveur</translation>
    </message>
    <message>
        <source>Row %1: give the environment a name.</source>
        <translation>Ligne %1 : donnez un nom à l’environnement.</translation>
    </message>
    <message>
        <source>Row %1: the base URL is not a valid URL.</source>
        <translation>Ligne %1 : l’URL de base n’est pas une URL valide.</translation>
    </message>
    <message>
        <source>A copied token stays on the clipboard until something else is copied or the app quits; any program, and clipboard history, can read it until then.</source>
        <translation>Un jeton copié reste dans le presse-papiers jusqu’à ce que autre chose soit copié ou que l’application se ferme ; tout programme, et l’historique du presse-papiers, peut le lire jusque-là.</translation>
    </message>
    <message>
        <source>The app never locks by itself: anyone at this desk can copy your tokens while you are away (Ctrl+L and the screen lock still lock it).</source>
        <translation>L’application ne se verrouille jamais d’elle-même : n’importe qui à ce poste peut copier vos jetons en votre absence (Ctrl+L et le verrouillage de l’écran la verrouillent toujours).</translation>
    </message>
</context>
<context>
    <name>bgtm::RequestJob</name>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Le serveur n’a pas répondu à temps.</translation>
    </message>
    <message numerus="yes">
        <source>The server did not finish answering within %n second(s).</source>
        <translation>
            <numerusform>Le serveur n’a pas terminé sa réponse en %n seconde.</numerusform>
            <numerusform>Le serveur n’a pas terminé sa réponse en %n secondes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the reply is larger than %n byte(s)</source>
        <translation>
            <numerusform>la réponse dépasse %n octet</numerusform>
            <numerusform>la réponse dépasse %n octets</numerusform>
        </translation>
    </message>
    <message>
        <source>the reply is too large</source>
        <translation>la réponse est trop volumineuse</translation>
    </message>
    <message>
        <source>The connection closed before the whole reply arrived.</source>
        <translation>La connexion a été fermée avant l’arrivée de la réponse complète.</translation>
    </message>
    <message>
        <source>the reply is not JSON (content type “%1”)</source>
        <translation>la réponse n’est pas du JSON (type de contenu « %1 »)</translation>
    </message>
    <message>
        <source>The server&apos;s reply failed its signature check and was discarded (it may have been tampered with).</source>
        <translation>La réponse du serveur a échoué à la vérification de signature et a été rejetée (elle a peut-être été falsifiée).</translation>
    </message>
    <message>
        <source>This computer&apos;s clock differs from the server&apos;s too much to accept its signed replies. Correct the clock and try again.</source>
        <translation>L’horloge de cet ordinateur diffère trop de celle du serveur pour accepter ses réponses signées. Corrigez l’horloge et réessayez.</translation>
    </message>
    <message>
        <source>The server stopped answering.</source>
        <translation>Le serveur ne répond plus.</translation>
    </message>
    <message>
        <source>The secure connection to the server failed.</source>
        <translation>La connexion sécurisée au serveur a échoué.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was refused: %1</source>
        <translation>Le certificat du serveur a été refusé : %1</translation>
    </message>
    <message>
        <source>The proxy refused or failed the connection.</source>
        <translation>Le proxy a refusé la connexion ou a échoué.</translation>
    </message>
    <message>
        <source>The server refused the connection.</source>
        <translation>Le serveur a refusé la connexion.</translation>
    </message>
    <message>
        <source>The server&apos;s name could not be resolved.</source>
        <translation>Le nom du serveur n’a pas pu être résolu.</translation>
    </message>
    <message>
        <source>The server closed the connection before answering completely.</source>
        <translation>Le serveur a fermé la connexion avant d’avoir entièrement répondu.</translation>
    </message>
    <message>
        <source>The connection to the server failed (network error %1).</source>
        <translation>La connexion au serveur a échoué (erreur réseau %1).</translation>
    </message>
    <message>
        <source>The server&apos;s reply is not fresh (signed more than 5 minutes ago or more than 1 minute ahead) and was discarded: it may have been replayed.</source>
        <translation>La réponse du serveur n&apos;est pas récente (signée il y a plus de 5 minutes ou plus d&apos;une minute dans le futur) et a été écartée : elle a peut-être été rejouée.</translation>
    </message>
</context>
<context>
    <name>bgtm::RotateTokensDialog</name>
    <message>
        <source>&amp;Rotate</source>
        <translation>&amp;Renouveler</translation>
    </message>
    <message>
        <source>

The suggested change is applied: the new token gets the scopes, limits and IP rules shown below instead of the old ones.</source>
        <translation>

La modification suggérée est appliquée : le nouveau jeton reçoit les portées, limites et règles IP affichées ci-dessous au lieu des anciennes.</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>illimité</translation>
    </message>
    <message>
        <source>%1 base units</source>
        <translation>%1 unités de base</translation>
    </message>
    <message>
        <source>cannot rotate</source>
        <translation>renouvellement impossible</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>remaining budget</source>
        <translation>budget restant</translation>
    </message>
    <message>
        <source>full limit</source>
        <translation>limite complète</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Enter the one-time code.</source>
        <translation>Saisissez le code à usage unique.</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>✓ rotated: new token %1</source>
        <translation>✓ renouvelé : nouveau jeton %1</translation>
    </message>
    <message>
        <source>✓ rotated to %1, but the old token could not be removed from this machine (%2): use Forget.</source>
        <translation>✓ renouvelé en %1, mais l’ancien jeton n’a pas pu être retiré de cette machine (%2) : utilisez Oublier.</translation>
    </message>
    <message>
        <source>✗ the new token %1 is stored and works, but the old one could not be revoked (%2): both are valid. Revoke the old token to finish.</source>
        <translation>✗ le nouveau jeton %1 est enregistré et fonctionne, mais l’ancien n’a pas pu être révoqué (%2) : les deux sont valides. Révoquez l’ancien jeton pour terminer.</translation>
    </message>
    <message>
        <source>✗ %1 failed (%2); the new token was revoked and the old one is unchanged.</source>
        <translation>✗ %1 a échoué (%2) ; le nouveau jeton a été révoqué et l’ancien est inchangé.</translation>
    </message>
    <message>
        <source>✗ %1 failed (%2); the new token %3 could not be revoked and is flagged in the table: revoke it. The old token is unchanged.</source>
        <translation>✗ %1 a échoué (%2) ; le nouveau jeton %3 n’a pas pu être révoqué et est signalé dans le tableau : révoquez-le. L’ancien jeton est inchangé.</translation>
    </message>
    <message>
        <source>✗ %1 failed: %2. Nothing was changed.</source>
        <translation>✗ %1 a échoué : %2. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>new token %1</source>
        <translation>nouveau jeton %1</translation>
    </message>
    <message numerus="yes">
        <source>%n rotation(s) did not finish; see each result.</source>
        <translation>
            <numerusform>%n renouvellement n’a pas abouti ; voir chaque résultat.</numerusform>
            <numerusform>%n renouvellements n’ont pas abouti ; voir chaque résultat.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every token was rotated.</source>
        <translation>Tous les jetons ont été renouvelés.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Same as the old token</source>
        <translation>Identique à l’ancien jeton</translation>
    </message>
    <message>
        <source>The suggested change</source>
        <translation>La modification suggérée</translation>
    </message>
    <message>
        <source>The templates could not be read: %1</source>
        <translation>Les modèles n’ont pas pu être lus : %1</translation>
    </message>
    <message>
        <source>Template: %1</source>
        <translation>Modèle : %1</translation>
    </message>
    <message>
        <source>The template&apos;s</source>
        <translation>Identique au modèle</translation>
    </message>
    <message>
        <source>the new shape&apos;s limit</source>
        <translation>limite de la nouvelle forme</translation>
    </message>
    <message>
        <source>Retry revoke</source>
        <translation>Réessayer la révocation</translation>
    </message>
    <message>
        <source>Retry forget</source>
        <translation>Réessayer l’oubli</translation>
    </message>
    <message>
        <source>Try again to revoke the old token, then forget it here</source>
        <translation>Réessayer de révoquer l’ancien jeton, puis l’oublier ici</translation>
    </message>
    <message>
        <source>Try again to remove the old token from this machine</source>
        <translation>Réessayer de retirer l’ancien jeton de cette machine</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Défaire</translation>
    </message>
    <message>
        <source>Revoke the new token and keep the old one</source>
        <translation>Révoquer le nouveau jeton et garder l’ancien</translation>
    </message>
    <message>
        <source>undoing…</source>
        <translation>annulation en cours…</translation>
    </message>
    <message>
        <source>retrying…</source>
        <translation>nouvel essai…</translation>
    </message>
    <message numerus="yes">
        <source>No answer from the server after %n s. It may still act on the request: close this window and refresh the token list to see where the rotation stands.</source>
        <translation>
            <numerusform>Pas de réponse du serveur après %n s. Il peut encore traiter la requête : fermez cette fenêtre et actualisez la liste des jetons pour voir où en est le renouvellement.</numerusform>
            <numerusform>Pas de réponse du serveur après %n s. Il peut encore traiter la requête : fermez cette fenêtre et actualisez la liste des jetons pour voir où en est le renouvellement.</numerusform>
        </translation>
    </message>
    <message>
        <source>↶ undone: the new token %1 was revoked; the old token is unchanged.</source>
        <translation>↶ défait : le nouveau jeton %1 a été révoqué ; l’ancien jeton est inchangé.</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>défait</translation>
    </message>
    <message>
        <source>rotation of %1 undone; the old token is kept</source>
        <translation>renouvellement de %1 défait ; l’ancien jeton est conservé</translation>
    </message>
    <message>
        <source>Every token was rotated or left unchanged.</source>
        <translation>Tous les jetons ont été renouvelés ou laissés inchangés.</translation>
    </message>
    <message>
        <source>Waiting for the server…</source>
        <translation>Attente du serveur…</translation>
    </message>
    <message numerus="yes">
        <source>Undoing: revoking the new token, waiting for the server (at most %n s)…</source>
        <translation>
            <numerusform>Annulation : révocation du nouveau jeton, attente du serveur (au plus %n s)…</numerusform>
            <numerusform>Annulation : révocation du nouveau jeton, attente du serveur (au plus %n s)…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Retrying: waiting for the server (at most %n s)…</source>
        <translation>
            <numerusform>Nouvel essai : attente du serveur (au plus %n s)…</numerusform>
            <numerusform>Nouvel essai : attente du serveur (au plus %n s)…</numerusform>
        </translation>
    </message>
    <message>
        <source>Your changes</source>
        <translation>Vos modifications</translation>
    </message>
</context>
<context>
    <name>bgtm::RotationPlanner</name>
    <message>
        <source>The server sent the %1 limit as an approximate number; it cannot be copied exactly to a new token.</source>
        <translation>Le serveur a envoyé la limite %1 sous forme de nombre approximatif ; elle ne peut pas être recopiée exactement sur un nouveau jeton.</translation>
    </message>
    <message>
        <source>The old token&apos;s lifetime is unknown: give the new token&apos;s lifetime.</source>
        <translation>La durée de vie de l’ancien jeton est inconnue : indiquez celle du nouveau jeton.</translation>
    </message>
    <message>
        <source>The new token would not be valid: %1: %2</source>
        <translation>Le nouveau jeton ne serait pas valide : %1 : %2</translation>
    </message>
    <message>
        <source>its scopes differ from the requested ones</source>
        <translation>ses portées diffèrent de celles demandées</translation>
    </message>
    <message>
        <source>its IP rules differ from the requested ones</source>
        <translation>ses règles IP diffèrent de celles demandées</translation>
    </message>
    <message>
        <source>its enterprise differs from the requested one</source>
        <translation>son entreprise diffère de celle demandée</translation>
    </message>
    <message>
        <source>its admin flag differs from the requested one</source>
        <translation>son indicateur d’administration diffère de celui demandé</translation>
    </message>
    <message numerus="yes">
        <source>it has %n spending limit(s) instead of %1</source>
        <translation>
            <numerusform>il a %n limite de dépense au lieu de %1</numerusform>
            <numerusform>il a %n limites de dépense au lieu de %1</numerusform>
        </translation>
    </message>
    <message>
        <source>its %1 limit differs from the requested one</source>
        <translation>sa limite %1 diffère de celle demandée</translation>
    </message>
    <message>
        <source>Rotate either into a template or with a suggested change, not both.</source>
        <translation>Renouvelez soit d’après un modèle, soit avec une modification suggérée, pas les deux.</translation>
    </message>
</context>
<context>
    <name>bgtm::ScopeCatalogue</name>
    <message>
        <source>Identify the user (OpenID sign-in).</source>
        <translation>Identifier l’utilisateur (connexion OpenID).</translation>
    </message>
    <message>
        <source>Read the user&apos;s profile (name, email).</source>
        <translation>Lire le profil de l’utilisateur (nom, e-mail).</translation>
    </message>
    <message>
        <source>Change the user&apos;s settings.</source>
        <translation>Modifier les paramètres de l’utilisateur.</translation>
    </message>
    <message>
        <source>Identify the user&apos;s enterprises (older name).</source>
        <translation>Identifier les entreprises de l’utilisateur (ancien nom).</translation>
    </message>
    <message>
        <source>Look up other users (older name).</source>
        <translation>Rechercher d’autres utilisateurs (ancien nom).</translation>
    </message>
    <message>
        <source>Verify an email address (older name).</source>
        <translation>Vérifier une adresse e-mail (ancien nom).</translation>
    </message>
    <message>
        <source>View every enterprise the user belongs to.</source>
        <translation>Voir toutes les entreprises dont l’utilisateur fait partie.</translation>
    </message>
    <message>
        <source>Manage every enterprise the user belongs to.</source>
        <translation>Gérer toutes les entreprises dont l’utilisateur fait partie.</translation>
    </message>
    <message>
        <source>Read the enterprise audit logs.</source>
        <translation>Lire les journaux d’audit de l’entreprise.</translation>
    </message>
    <message>
        <source>Provision users through SCIM (older name).</source>
        <translation>Provisionner des utilisateurs via SCIM (ancien nom).</translation>
    </message>
    <message>
        <source>View wallets; add :&lt;walletId&gt; for one wallet.</source>
        <translation>Voir les portefeuilles ; ajoutez :&lt;walletId&gt; pour un seul portefeuille.</translation>
    </message>
    <message>
        <source>View the enterprise&apos;s wallets.</source>
        <translation>Voir les portefeuilles de l’entreprise.</translation>
    </message>
    <message>
        <source>View every wallet the user can see.</source>
        <translation>Voir tous les portefeuilles visibles par l’utilisateur.</translation>
    </message>
    <message>
        <source>Send funds from wallets; add :&lt;walletId&gt; for one wallet.</source>
        <translation>Envoyer des fonds depuis des portefeuilles ; ajoutez :&lt;walletId&gt; pour un seul portefeuille.</translation>
    </message>
    <message>
        <source>Send funds from the enterprise&apos;s wallets.</source>
        <translation>Envoyer des fonds depuis les portefeuilles de l’entreprise.</translation>
    </message>
    <message>
        <source>Send funds from every wallet the user can spend from.</source>
        <translation>Envoyer des fonds depuis tous les portefeuilles où l’utilisateur peut dépenser.</translation>
    </message>
    <message>
        <source>Approve pending transactions; add :&lt;walletId&gt; for one wallet.</source>
        <translation>Approuver les transactions en attente ; ajoutez :&lt;walletId&gt; pour un seul portefeuille.</translation>
    </message>
    <message>
        <source>Approve pending transactions of the enterprise&apos;s wallets.</source>
        <translation>Approuver les transactions en attente des portefeuilles de l’entreprise.</translation>
    </message>
    <message>
        <source>Approve pending transactions of every wallet.</source>
        <translation>Approuver les transactions en attente de tous les portefeuilles.</translation>
    </message>
    <message>
        <source>Approve or reject pending approvals.</source>
        <translation>Approuver ou rejeter les approbations en attente.</translation>
    </message>
    <message>
        <source>Manage wallet settings, users and policies; add :&lt;walletId&gt; for one wallet.</source>
        <translation>Gérer les paramètres, utilisateurs et règles des portefeuilles ; ajoutez :&lt;walletId&gt; pour un seul portefeuille.</translation>
    </message>
    <message>
        <source>Manage the enterprise&apos;s wallets.</source>
        <translation>Gérer les portefeuilles de l’entreprise.</translation>
    </message>
    <message>
        <source>Manage every wallet.</source>
        <translation>Gérer tous les portefeuilles.</translation>
    </message>
    <message>
        <source>Edit wallet labels and metadata; add :&lt;walletId&gt; for one wallet.</source>
        <translation>Modifier les libellés et métadonnées des portefeuilles ; ajoutez :&lt;walletId&gt; pour un seul portefeuille.</translation>
    </message>
    <message>
        <source>Edit the enterprise&apos;s wallets.</source>
        <translation>Modifier les portefeuilles de l’entreprise.</translation>
    </message>
    <message>
        <source>Edit every wallet.</source>
        <translation>Modifier tous les portefeuilles.</translation>
    </message>
    <message>
        <source>Create wallets and addresses.</source>
        <translation>Créer des portefeuilles et des adresses.</translation>
    </message>
    <message>
        <source>Freeze wallets; add :&lt;walletId&gt; for one wallet.</source>
        <translation>Geler des portefeuilles ; ajoutez :&lt;walletId&gt; pour un seul portefeuille.</translation>
    </message>
    <message>
        <source>Freeze every wallet.</source>
        <translation>Geler tous les portefeuilles.</translation>
    </message>
    <message>
        <source>Stake and unstake; add :&lt;walletId&gt; for one wallet.</source>
        <translation>Staker et déstaker ; ajoutez :&lt;walletId&gt; pour un seul portefeuille.</translation>
    </message>
    <message>
        <source>Stake and unstake from every wallet.</source>
        <translation>Staker et déstaker depuis tous les portefeuilles.</translation>
    </message>
    <message>
        <source>View the portfolio.</source>
        <translation>Voir le portefeuille d’actifs.</translation>
    </message>
    <message>
        <source>View trading accounts and orders.</source>
        <translation>Voir les comptes et ordres de trading.</translation>
    </message>
    <message>
        <source>Place and cancel trades.</source>
        <translation>Passer et annuler des ordres.</translation>
    </message>
    <message>
        <source>Trade over the FIX protocol.</source>
        <translation>Négocier via le protocole FIX.</translation>
    </message>
    <message>
        <source>View settlement-network balances and settlements.</source>
        <translation>Voir les soldes et règlements du réseau de règlement.</translation>
    </message>
    <message>
        <source>Create and approve settlements.</source>
        <translation>Créer et approuver des règlements.</translation>
    </message>
    <message>
        <source>Connect MetaMask Institutional.</source>
        <translation>Connecter MetaMask Institutional.</translation>
    </message>
    <message>
        <source>Read market prices.</source>
        <translation>Lire les prix du marché.</translation>
    </message>
    <message>
        <source>Every action, including spending. Test environment only.</source>
        <translation>Toute action, y compris les dépenses. Environnement de test uniquement.</translation>
    </message>
    <message>
        <source>User &amp; profile</source>
        <translation>Utilisateur &amp; profil</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Wallets — view</source>
        <translation>Portefeuilles — voir</translation>
    </message>
    <message>
        <source>Wallets — spend</source>
        <translation>Portefeuilles — dépenser</translation>
    </message>
    <message>
        <source>Wallets — approve</source>
        <translation>Portefeuilles — approuver</translation>
    </message>
    <message>
        <source>Wallets — manage</source>
        <translation>Portefeuilles — gérer</translation>
    </message>
    <message>
        <source>Wallets — edit</source>
        <translation>Portefeuilles — modifier</translation>
    </message>
    <message>
        <source>Wallets — create</source>
        <translation>Portefeuilles — créer</translation>
    </message>
    <message>
        <source>Wallets — freeze</source>
        <translation>Portefeuilles — geler</translation>
    </message>
    <message>
        <source>Wallets — stake</source>
        <translation>Portefeuilles — staker</translation>
    </message>
    <message>
        <source>Trading &amp; portfolio</source>
        <translation>Trading &amp; portefeuille d’actifs</translation>
    </message>
    <message>
        <source>Settlement network</source>
        <translation>Réseau de règlement</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Read only</source>
        <translation>Lecture seule</translation>
    </message>
    <message>
        <source>Spender</source>
        <translation>Dépensier</translation>
    </message>
    <message>
        <source>Wallet admin</source>
        <translation>Administrateur de portefeuille</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Tout</translation>
    </message>
    <message>
        <source>See the user, enterprises, wallets, trading and settlements; change nothing.</source>
        <translation>Voir l’utilisateur, les entreprises, les portefeuilles, le trading et les règlements ; ne rien modifier.</translation>
    </message>
    <message>
        <source>See wallets and send from them. Add spending limits.</source>
        <translation>Voir les portefeuilles et envoyer depuis eux. Ajoutez des limites de dépense.</translation>
    </message>
    <message>
        <source>Everything wallets allow: view, spend, approve, manage, edit, create, freeze, stake.</source>
        <translation>Tout ce que permettent les portefeuilles : voir, dépenser, approuver, gérer, modifier, créer, geler, staker.</translation>
    </message>
    <message>
        <source>Every current scope listed one by one (not &quot;all&quot;, which is test-only).</source>
        <translation>Chaque portée actuelle, une par une (pas « all », réservé aux tests).</translation>
    </message>
</context>
<context>
    <name>bgtm::ScopeTreeModel</name>
    <message>
        <source>Scope</source>
        <translation>Portée</translation>
    </message>
    <message>
        <source>What it allows</source>
        <translation>Ce qu’elle permet</translation>
    </message>
    <message>
        <source> (test environment only)</source>
        <translation> (environnement de test uniquement)</translation>
    </message>
    <message>
        <source> Refused in production; choose the scopes you need instead.</source>
        <translation> Refusé en production ; choisissez plutôt les portées dont vous avez besoin.</translation>
    </message>
    <message>
        <source> (legacy)</source>
        <translation> (ancienne)</translation>
    </message>
</context>
<context>
    <name>bgtm::SecurityReview</name>
    <message>
        <source>It can send or approve funds with no spending limit on any coin.</source>
        <translation>Il peut envoyer ou approuver des fonds sans limite de dépense sur n’importe quel coin.</translation>
    </message>
    <message>
        <source>Rotate it with a spending limit for each coin it sends (tokens cannot be edited).</source>
        <translation>Renouvelez-le avec une limite de dépense pour chaque coin qu’il envoie (les jetons ne sont pas modifiables).</translation>
    </message>
    <message>
        <source>It has the scope &quot;all&quot;: every action, including spending.</source>
        <translation>Il a la portée « all » : toute action, y compris les dépenses.</translation>
    </message>
    <message>
        <source>Rotate it with only the scopes it needs (start from a preset).</source>
        <translation>Renouvelez-le avec uniquement les portées dont il a besoin (partez d’un préréglage).</translation>
    </message>
    <message>
        <source>It carries enterprise admin rights.</source>
        <translation>Il porte des droits d’administration de l’entreprise.</translation>
    </message>
    <message>
        <source>Rotate it without the admin flag unless it administers the enterprise.</source>
        <translation>Renouvelez-le sans l’indicateur d’administration, sauf s’il administre l’entreprise.</translation>
    </message>
    <message>
        <source>It works from any IP address.</source>
        <translation>Il fonctionne depuis n’importe quelle adresse IP.</translation>
    </message>
    <message>
        <source>Rotate it restricted to the addresses or CIDR ranges that use it.</source>
        <translation>Renouvelez-le en le limitant aux adresses ou plages CIDR qui l’utilisent.</translation>
    </message>
    <message>
        <source>Its lifetime is %1 days, over the limit of %2.</source>
        <translation>Sa durée de vie est de %1 jours, au-delà de la limite de %2.</translation>
    </message>
    <message numerus="yes">
        <source>Rotate it with a lifetime of at most %n day(s).</source>
        <translation>
            <numerusform>Renouvelez-le avec une durée de vie d’au plus %n jour.</numerusform>
            <numerusform>Renouvelez-le avec une durée de vie d’au plus %n jours.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It expires in %n day(s).</source>
        <translation>
            <numerusform>Il expire dans %n jour.</numerusform>
            <numerusform>Il expire dans %n jours.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rotate it now, before whatever uses it stops working.</source>
        <translation>Renouvelez-le maintenant, avant que ce qui l’utilise cesse de fonctionner.</translation>
    </message>
    <message>
        <source>Its secret is not on this machine.</source>
        <translation>Son secret n’est pas sur cette machine.</translation>
    </message>
    <message>
        <source>Import it if you use it here; revoke it if nobody uses it.</source>
        <translation>Importez-le si vous l’utilisez ici ; révoquez-le si personne ne l’utilise.</translation>
    </message>
    <message>
        <source>This app created it, but its secret was never stored: nobody may hold it.</source>
        <translation>Cette application l’a créé, mais son secret n’a jamais été enregistré : personne ne le détient peut-être.</translation>
    </message>
    <message>
        <source>Revoke it; create a new one if it is needed.</source>
        <translation>Révoquez-le ; créez-en un nouveau si nécessaire.</translation>
    </message>
    <message>
        <source>the &quot;%1&quot; preset would do.</source>
        <translation>le préréglage « %1 » suffirait.</translation>
    </message>
    <message>
        <source>its other scopes would do.</source>
        <translation>ses autres portées suffiraient.</translation>
    </message>
    <message numerus="yes">
        <source>No spending in %n day(s): its spend and approve scopes look unused; %1</source>
        <translation>
            <numerusform>Aucune dépense depuis %n jour : ses portées de dépense et d’approbation semblent inutilisées ; %1</numerusform>
            <numerusform>Aucune dépense depuis %n jours : ses portées de dépense et d’approbation semblent inutilisées ; %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Rotate it without the spend and approve scopes.</source>
        <translation>Renouvelez-le sans les portées de dépense et d’approbation.</translation>
    </message>
    <message>
        <source>No spending limit</source>
        <translation>Aucune limite de dépense</translation>
    </message>
    <message>
        <source>No IP restriction</source>
        <translation>Aucune restriction IP</translation>
    </message>
    <message>
        <source>Scope &quot;all&quot;</source>
        <translation>Portée « all »</translation>
    </message>
    <message>
        <source>Admin rights</source>
        <translation>Droits d’administration</translation>
    </message>
    <message>
        <source>Long lifetime</source>
        <translation>Longue durée de vie</translation>
    </message>
    <message>
        <source>Expiring soon</source>
        <translation>Expire bientôt</translation>
    </message>
    <message>
        <source>Not on this machine</source>
        <translation>Pas sur cette machine</translation>
    </message>
    <message>
        <source>Secret never stored</source>
        <translation>Secret jamais enregistré</translation>
    </message>
    <message>
        <source>Unused scopes</source>
        <translation>Portées inutilisées</translation>
    </message>
    <message>
        <source>info</source>
        <translation>info</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>critique</translation>
    </message>
    <message>
        <source>Its %1 spending limit is used up.</source>
        <translation>Sa limite de dépense en %1 est épuisée.</translation>
    </message>
    <message>
        <source>%1% of its %2 spending limit is spent.</source>
        <translation>%1 % de sa limite de dépense en %2 est dépensé.</translation>
    </message>
    <message>
        <source>Rotate it: the new token starts with the same limit unspent.</source>
        <translation>Renouvelez-le : le nouveau jeton commence avec la même limite, non entamée.</translation>
    </message>
    <message>
        <source>Limit used up</source>
        <translation>Limite épuisée</translation>
    </message>
</context>
<context>
    <name>bgtm::SecurityReviewDialog</name>
    <message>
        <source>Token / finding</source>
        <translation>Jeton / constat</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Suggested fix</source>
        <translation>Correction suggérée</translation>
    </message>
    <message numerus="yes">
        <source>No findings for %n token(s).</source>
        <translation>
            <numerusform>Aucun constat pour %n jeton.</numerusform>
            <numerusform>Aucun constat pour %n jetons.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 on %2 of %3 tokens.</source>
        <translation>%1 sur %2 de %3 jetons.</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n constat</numerusform>
            <numerusform>%n constats</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a finding.</source>
        <translation>Sélectionnez un constat.</translation>
    </message>
    <message>
        <source>Open rotation with this change filled in.</source>
        <translation>Ouvrir le renouvellement avec cette modification déjà remplie.</translation>
    </message>
    <message>
        <source>Not a change of the token: %1</source>
        <translation>Pas une modification du jeton : %1</translation>
    </message>
    <message>
        <source>Open rotation with the token&apos;s settings, where you enter your values.</source>
        <translation>Ouvrir la rotation avec les paramètres du jeton, où vous saisissez vos valeurs.</translation>
    </message>
</context>
<context>
    <name>bgtm::SessionCrypto</name>
    <message>
        <source>The cryptography module %1 could not be loaded (%2). Reinstall bitgo-token-manager.</source>
        <translation>Le module de cryptographie %1 n’a pas pu être chargé (%2). Réinstallez bitgo-token-manager.</translation>
    </message>
</context>
<context>
    <name>bgtm::Settings</name>
    <message>
        <source>&quot;%1&quot; is not a valid URL.</source>
        <translation>« %1 » n’est pas une URL valide.</translation>
    </message>
    <message>
        <source>Unknown environment &quot;%1&quot;: use test, prod, sandbox, the name of a custom environment or a base URL.</source>
        <translation>Environnement inconnu « %1 » : utilisez test, prod, sandbox, le nom d’un environnement personnalisé ou une URL de base.</translation>
    </message>
</context>
<context>
    <name>bgtm::SignInDialog</name>
    <message>
        <source>Cancel sign-in</source>
        <translation>Annuler la connexion</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Paste the access token.</source>
        <translation>Collez le jeton d’accès.</translation>
    </message>
    <message>
        <source>Enter your BitGo username (your e-mail address).</source>
        <translation>Saisissez votre nom d’utilisateur BitGo (votre adresse e-mail).</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Saisissez votre mot de passe.</translation>
    </message>
    <message>
        <source> (request id %1 — quote it to BitGo support)</source>
        <translation> (identifiant de requête %1 — à communiquer au support BitGo)</translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation>Connexion annulée.</translation>
    </message>
    <message>
        <source>Enter the one-time code from your authenticator app.</source>
        <translation>Saisissez le code à usage unique de votre application d’authentification.</translation>
    </message>
    <message>
        <source>This code was not accepted. Enter the current code.</source>
        <translation>Ce code n’a pas été accepté. Saisissez le code actuel.</translation>
    </message>
    <message>
        <source>The username or password is not correct.</source>
        <translation>Le nom d’utilisateur ou le mot de passe est incorrect.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock differs from BitGo&apos;s: %1 Correct the system time and try again.</source>
        <translation>L’horloge de cet ordinateur diffère de celle de BitGo : %1 Corrigez l’heure du système et réessayez.</translation>
    </message>
</context>
<context>
    <name>bgtm::SingleInstance</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Cannot create the lock file %1.</source>
        <translation>Impossible de créer le fichier de verrou %1.</translation>
    </message>
    <message>
        <source>Cannot listen on %1: %2</source>
        <translation>Impossible d’écouter sur %1 : %2</translation>
    </message>
    <message>
        <source>The running instance did not answer: %1</source>
        <translation>L’instance en cours n’a pas répondu : %1</translation>
    </message>
    <message>
        <source>The running instance did not answer in time.</source>
        <translation>L’instance en cours n’a pas répondu à temps.</translation>
    </message>
</context>
<context>
    <name>bgtm::TemplatesDialog</name>
    <message>
        <source>Import templates</source>
        <translation>Importer des modèles</translation>
    </message>
    <message>
        <source>Templates (*.json);;All files (*)</source>
        <translation>Modèles (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Export templates</source>
        <translation>Exporter des modèles</translation>
    </message>
    <message>
        <source>Templates (*.json)</source>
        <translation>Modèles (*.json)</translation>
    </message>
    <message>
        <source>Delete template</source>
        <translation>Supprimer le modèle</translation>
    </message>
    <message>
        <source>Delete the template “%1”?</source>
        <translation>Supprimer le modèle « %1 » ?</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>« %1 » supprimé.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n template(s): %1</source>
        <translation>
            <numerusform>%n modèle importé : %1</numerusform>
            <numerusform>%n modèles importés : %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n template(s) to %1.</source>
        <translation>
            <numerusform>%n modèle écrit dans %1.</numerusform>
            <numerusform>%n modèles écrits dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>bgtm::TokenCreation</name>
    <message>
        <source>Stopped waiting for the keychain; nothing was sent.</source>
        <translation>Attente du trousseau abandonnée ; rien n’a été envoyé.</translation>
    </message>
</context>
<context>
    <name>bgtm::TokenExport</name>
    <message>
        <source>There is no token to export.</source>
        <translation>Il n’y a aucun jeton à exporter.</translation>
    </message>
    <message>
        <source>The token contains control characters and cannot be exported as text.</source>
        <translation>Le jeton contient des caractères de contrôle et ne peut pas être exporté en texte.</translation>
    </message>
    <message>
        <source>The token cannot be written safely as a .env line.</source>
        <translation>Le jeton ne peut pas être écrit sans risque sous forme de ligne .env.</translation>
    </message>
    <message>
        <source>Unknown export format.</source>
        <translation>Format d’export inconnu.</translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation>Choisissez un fichier vers lequel exporter.</translation>
    </message>
    <message>
        <source>%1 already exists; choose a new file name.</source>
        <translation>%1 existe déjà ; choisissez un nouveau nom de fichier.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>Impossible de créer %1 : %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is a link; choose a plain file name.</source>
        <translation>%1 est un lien ; choisissez un nom de fichier ordinaire.</translation>
    </message>
</context>
<context>
    <name>bgtm::TokenIndex</name>
    <message>
        <source>not a JSON object</source>
        <translation>pas un objet JSON</translation>
    </message>
    <message>
        <source>no version or token list</source>
        <translation>pas de version ni de liste de jetons</translation>
    </message>
    <message>
        <source>written by a newer version (format %1)</source>
        <translation>écrit par une version plus récente (format %1)</translation>
    </message>
    <message>
        <source>an entry is malformed</source>
        <translation>une entrée est mal formée</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Cannot write the token index %1: %2</source>
        <translation>Impossible d’écrire l’index des jetons %1 : %2</translation>
    </message>
    <message>
        <source>The token index %1 is damaged (%2) and could not be set aside.</source>
        <translation>L’index des jetons %1 est endommagé (%2) et n’a pas pu être mis de côté.</translation>
    </message>
    <message>
        <source>The token index was damaged (%1). It was kept as %2 and a new, empty index was started; tokens stored in the keychain are not lost.</source>
        <translation>L’index des jetons était endommagé (%1). Il a été conservé sous %2 et un nouvel index vide a été créé ; les jetons enregistrés dans le trousseau ne sont pas perdus.</translation>
    </message>
    <message>
        <source>The token index is busy (locked by another bitgo-token-manager process). Try again.</source>
        <translation>L’index des jetons est occupé (verrouillé par un autre processus bitgo-token-manager). Réessayez.</translation>
    </message>
    <message>
        <source>The token index %1 was %2; this version will not change it.</source>
        <translation>L’index des jetons %1 a été %2 ; cette version ne le modifiera pas.</translation>
    </message>
</context>
<context>
    <name>bgtm::TokenRotation</name>
    <message>
        <source>Check the keychain</source>
        <translation>Vérifier le trousseau</translation>
    </message>
    <message>
        <source>Note the creation</source>
        <translation>Noter la création</translation>
    </message>
    <message>
        <source>Create the new token</source>
        <translation>Créer le nouveau jeton</translation>
    </message>
    <message>
        <source>Store it in the keychain</source>
        <translation>L’enregistrer dans le trousseau</translation>
    </message>
    <message>
        <source>Verify the new token</source>
        <translation>Vérifier le nouveau jeton</translation>
    </message>
    <message>
        <source>Revoke the old token</source>
        <translation>Révoquer l’ancien jeton</translation>
    </message>
    <message>
        <source>Forget the old token here</source>
        <translation>Oublier l’ancien jeton ici</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>The new token could not be tried from here: this address is not in its IP allow-list. The listing shows it exists with exactly the requested scopes, limits and IP rules.</source>
        <translation>Le nouveau jeton n’a pas pu être essayé d’ici : cette adresse n’est pas dans sa liste d’adresses IP autorisées. La liste montre qu’il existe avec exactement les portées, limites et règles IP demandées.</translation>
    </message>
    <message>
        <source>The session call with the new token named another token (%1).</source>
        <translation>L’appel de session avec le nouveau jeton a désigné un autre jeton (%1).</translation>
    </message>
    <message>
        <source>The new token is not what was asked for: %1.</source>
        <translation>Le nouveau jeton ne correspond pas à la demande : %1.</translation>
    </message>
    <message>
        <source>The new token is missing from the server&apos;s list.</source>
        <translation>Le nouveau jeton manque dans la liste du serveur.</translation>
    </message>
    <message>
        <source>The new token %1 could not be revoked either (%2).</source>
        <translation>Le nouveau jeton %1 n’a pas pu être révoqué non plus (%2).</translation>
    </message>
    <message>
        <source>Only revoking or forgetting the old token can be retried.</source>
        <translation>Seules la révocation ou l’oubli de l’ancien jeton peuvent être réessayés.</translation>
    </message>
    <message>
        <source>Only a rotation stopped before revoking the old token can be undone.</source>
        <translation>Seul un renouvellement arrêté avant la révocation de l’ancien jeton peut être annulé.</translation>
    </message>
</context>
<context>
    <name>bgtm::TokenTableModel</name>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Portées</translation>
    </message>
    <message>
        <source>Spending limits</source>
        <translation>Limites de dépense</translation>
    </message>
    <message>
        <source>IP rules</source>
        <translation>Règles IP</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 minute</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 minutes</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 heure</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 heures</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 jour</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 jours</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 an</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 ans</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>il y a %1</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>dans %1</translation>
    </message>
    <message>
        <source>%1 %2 (base units)</source>
        <translation>%1 %2 (unités de base)</translation>
    </message>
    <message>
        <source> (approximate)</source>
        <translation> (approximatif)</translation>
    </message>
    <message>
        <source>%1: no cap</source>
        <translation>%1 : sans plafond</translation>
    </message>
    <message>
        <source>all ERC-20: no cap</source>
        <translation>tous les ERC-20 : sans plafond</translation>
    </message>
    <message>
        <source>all ERC-20: %1 base units</source>
        <translation>tous les ERC-20 : %1 unités de base</translation>
    </message>
    <message>
        <source>expires soon</source>
        <translation>expire bientôt</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expiré</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>révoqué</translation>
    </message>
    <message>
        <source>creation pending</source>
        <translation>création en attente</translation>
    </message>
    <message>
        <source>not stored: act now</source>
        <translation>non enregistré : agissez maintenant</translation>
    </message>
    <message>
        <source>live, secret nowhere: revoke</source>
        <translation>valide, secret nulle part : révoquez</translation>
    </message>
    <message>
        <source>in keychain</source>
        <translation>dans le trousseau</translation>
    </message>
    <message>
        <source>not on this machine</source>
        <translation>pas sur cette machine</translation>
    </message>
    <message>
        <source>keychain locked</source>
        <translation>trousseau verrouillé</translation>
    </message>
    <message>
        <source>unverified</source>
        <translation>non vérifié</translation>
    </message>
    <message>
        <source>in keychain (not checked)</source>
        <translation>dans le trousseau (non vérifié)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, %2 and %3 more</source>
        <translation>%1, %2 et %3 de plus</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>any address</source>
        <translation>n’importe quelle adresse</translation>
    </message>
    <message>
        <source>%1 (no answer; may be one of %2: revoke yours, the rest are someone else&apos;s)</source>
        <translation>%1 (sans réponse ; peut-être l’un de %2 : révoquez le vôtre, les autres sont à quelqu’un d’autre)</translation>
    </message>
    <message>
        <source>%1, %2 spent</source>
        <translation>%1, %2 dépensé</translation>
    </message>
</context>
<context>
    <name>bgtm::TokenTemplates</name>
    <message>
        <source>This is not a templates file (not JSON: %1).</source>
        <translation>Ce n’est pas un fichier de modèles (pas du JSON : %1).</translation>
    </message>
    <message>
        <source>This is not a templates file (no version or no templates).</source>
        <translation>Ce n’est pas un fichier de modèles (pas de version ou pas de modèles).</translation>
    </message>
    <message>
        <source>This templates file was written by a newer version (format %1).</source>
        <translation>Ce fichier de modèles a été écrit par une version plus récente (format %1).</translation>
    </message>
    <message>
        <source>A template in this file has no name or no request.</source>
        <translation>Un modèle de ce fichier n’a pas de nom ou pas de requête.</translation>
    </message>
    <message>
        <source>The templates file %1 could not be read: %2</source>
        <translation>Le fichier de modèles %1 n’a pas pu être lu : %2</translation>
    </message>
    <message>
        <source>The templates file %1 is damaged: %2</source>
        <translation>Le fichier de modèles %1 est endommagé : %2</translation>
    </message>
    <message>
        <source>There is no template named &quot;%1&quot;.</source>
        <translation>Il n’existe aucun modèle nommé « %1 ».</translation>
    </message>
    <message>
        <source>A template needs a name.</source>
        <translation>Un modèle a besoin d’un nom.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 n’a pas pu être lu : %2</translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>Le dossier %1 n’a pas pu être créé.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 n’a pas pu être écrit : %2</translation>
    </message>
</context>
<context>
    <name>bgtm::UnlockDialog</name>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <source>Enter the one-time code.</source>
        <translation>Saisissez le code à usage unique.</translation>
    </message>
</context>
<context>
    <name>bgtm::Vault</name>
    <message>
        <source>The keychain returned something else than what was written.</source>
        <translation>Le trousseau a renvoyé autre chose que ce qui a été écrit.</translation>
    </message>
    <message>
        <source>No pending creation %1 in the token index; the token was not stored.</source>
        <translation>Aucune création en attente %1 dans l’index des jetons ; le jeton n’a pas été enregistré.</translation>
    </message>
    <message>
        <source>The token was created but could not be stored in the keychain; it is still in memory. %1</source>
        <translation>Le jeton a été créé mais n’a pas pu être enregistré dans le trousseau ; il est encore en mémoire. %1</translation>
    </message>
    <message>
        <source>The keychain is locked or unavailable; unlock it and try again.</source>
        <translation>Le trousseau est verrouillé ou indisponible ; déverrouillez-le et réessayez.</translation>
    </message>
    <message>
        <source>The secret of this token is not stored on this machine.</source>
        <translation>Le secret de ce jeton n’est pas enregistré sur cette machine.</translation>
    </message>
    <message>
        <source>No saved session that is still valid.</source>
        <translation>Aucune session enregistrée encore valide.</translation>
    </message>
    <message>
        <source>That creation is no longer pending here.</source>
        <translation>Cette création n’est plus en attente ici.</translation>
    </message>
    <message>
        <source>Process %1 is still creating “%2”; it settles the record itself.</source>
        <translation>Le processus %1 crée encore « %2 » ; il règle l’entrée lui-même.</translation>
    </message>
    <message>
        <source>No keychain service is running.</source>
        <translation>Aucun service de trousseau ne tourne.</translation>
    </message>
    <message>
        <source>BitGo Token Manager sign-in of %1 (%2)</source>
        <translation>Connexion BitGo Token Manager de %1 (%2)</translation>
    </message>
</context>
<context>
    <name>bgtm::cli::CommandLine</name>
    <message>
        <source>Option --%1 needs a value.</source>
        <translation>L’option --%1 nécessite une valeur.</translation>
    </message>
    <message>
        <source>Option --%1 takes no value.</source>
        <translation>L’option --%1 ne prend pas de valeur.</translation>
    </message>
    <message>
        <source>No command given. Run with --help for the list of commands.</source>
        <translation>Aucune commande indiquée. Lancez avec --help pour la liste des commandes.</translation>
    </message>
    <message>
        <source>Unknown tokens command &quot;%1&quot;.</source>
        <translation>Commande tokens inconnue « %1 ».</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Run with --help for the list of commands.</source>
        <translation>Commande inconnue « %1 ». Lancez avec --help pour la liste des commandes.</translation>
    </message>
    <message>
        <source>Option --%1 does not apply to this command.</source>
        <translation>L’option --%1 ne s’applique pas à cette commande.</translation>
    </message>
    <message>
        <source>Unknown option --%1.</source>
        <translation>Option inconnue --%1.</translation>
    </message>
    <message>
        <source>--limit needs &lt;coin&gt;=&lt;amount in coin units&gt;, e.g. --limit tbtc=0.5.</source>
        <translation>--limit nécessite &lt;coin&gt;=&lt;montant en unités du coin&gt;, p. ex. --limit tbtc=0.5.</translation>
    </message>
    <message>
        <source>--on-store-failure must be print or revoke.</source>
        <translation>--on-store-failure doit valoir print ou revoke.</translation>
    </message>
    <message>
        <source>--format must be raw, env or shell.</source>
        <translation>--format doit valoir raw, env ou shell.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;. Secrets are read from stdin, never from arguments.</source>
        <translation>Argument inattendu « %1 ». Les secrets sont lus sur stdin, jamais dans les arguments.</translation>
    </message>
    <message>
        <source>login takes either --password-stdin or --token-stdin, not both.</source>
        <translation>login prend soit --password-stdin soit --token-stdin, pas les deux.</translation>
    </message>
    <message>
        <source>tokens import reads the token from stdin: pass --token-stdin.</source>
        <translation>tokens import lit le jeton sur stdin : passez --token-stdin.</translation>
    </message>
    <message>
        <source>Name the token by its id or by --label &lt;text&gt; (one of them).</source>
        <translation>Désignez le jeton par son identifiant ou par --label &lt;texte&gt; (l’un des deux).</translation>
    </message>
    <message>
        <source>unlock needs --otp &lt;code&gt;.</source>
        <translation>unlock nécessite --otp &lt;code&gt;.</translation>
    </message>
    <message>
        <source>&quot;tokens&quot; needs a command: list, create, revoke, export, import, forget, review or rotate.</source>
        <translation>« tokens » nécessite une commande : list, create, revoke, export, import, forget, review ou rotate.</translation>
    </message>
    <message>
        <source>&quot;templates&quot; needs a command: list, show, save, delete, import or export.</source>
        <translation>« templates » nécessite une commande : list, show, save, delete, import ou export.</translation>
    </message>
    <message>
        <source>Unknown templates command &quot;%1&quot;.</source>
        <translation>Commande templates inconnue « %1 ».</translation>
    </message>
    <message>
        <source>Name the template.</source>
        <translation>Nommez le modèle.</translation>
    </message>
    <message>
        <source>Name the templates file.</source>
        <translation>Nommez le fichier de modèles.</translation>
    </message>
    <message>
        <source>--limit needs a number of entries, 1 or more.</source>
        <translation>--limit nécessite un nombre d’entrées, 1 ou plus.</translation>
    </message>
    <message>
        <source>--%1 needs a number of days, %2 to 3650.</source>
        <translation>--%1 nécessite un nombre de jours, de %2 à 3650.</translation>
    </message>
    <message>
        <source>history prints either --json or --csv, not both.</source>
        <translation>history affiche soit --json soit --csv, pas les deux.</translation>
    </message>
    <message>
        <source>Name the tokens to rotate by their ids or by --label &lt;text&gt; (one of them).</source>
        <translation>Désignez les jetons à renouveler par leurs identifiants ou par --label &lt;texte&gt; (l’un des deux).</translation>
    </message>
    <message>
        <source>That is not a token id (32 hexadecimal characters); it looks like an access token and was not sent anywhere.</source>
        <translation>Ce n&apos;est pas un identifiant de jeton (32 caractères hexadécimaux) ; cela ressemble à un jeton d&apos;accès, qui n&apos;a été envoyé nulle part.</translation>
    </message>
    <message>
        <source>That is not a token id (32 hexadecimal characters).</source>
        <translation>Ce n&apos;est pas un identifiant de jeton (32 caractères hexadécimaux).</translation>
    </message>
    <message>
        <source>Usage: bitgo-token-manager-cli [--env &lt;environment&gt;] [--user &lt;email&gt;] [--json] &lt;command&gt; [options]

Create, store (OS keychain), export and revoke BitGo access tokens.

Global options:
  --env &lt;e&gt;        test | prod | sandbox | &lt;name of a custom environment&gt; | &lt;base URL&gt;
                   (default: $BITGO_ENV, else the default environment in the settings)
  --user &lt;email&gt;   account (default: $BITGO_USER, else the last account signed in)
  --json           machine-readable output on stdout (see below)
  --help, --version

Commands:
  login [--password-stdin] [--otp &lt;code&gt;]
                   password from a no-echo prompt or the first line of stdin; code from --otp or a
                   prompt. The session is kept in the keychain until it expires.
  login --token-stdin
                   sign in with an existing access token read from stdin
  logout           end the session on the server and forget it locally
  session          who am I, scopes, expiry, unlock state, whether the session was downgraded
  unlock --otp &lt;code&gt; [--duration &lt;seconds, 1-3600, default 600&gt;]
  lock
  tokens list      id, label, scopes, limits, expires, whether the secret is stored here
  tokens create --label &lt;text&gt; --scope &lt;s&gt; [--scope &lt;s&gt;…] [--limit &lt;coin&gt;=&lt;amount in coin units&gt;…]
                [--max-limit &lt;coin&gt;…] [--ip &lt;address or CIDR&gt;…] [--duration &lt;1d|30d|90d|1y|10y|seconds&gt;]
                [--enterprise &lt;id&gt;] [--admin [--admin-scope read|full]] [--otp &lt;code&gt;]
                [--on-store-failure=print|revoke] [--print-token] [--template &lt;name&gt;]
                   creates the token and stores it in the keychain; prints id and label (the token only
                   with --print-token). Without --duration the configured default lifetime (90 days)
                   is sent.
  tokens revoke &lt;id&gt; | --label &lt;text&gt; [--yes]
  tokens export &lt;id&gt; | --label &lt;text&gt; [--format raw|env|shell]
                   prints the stored token (raw, BITGO_ACCESS_TOKEN=…, or export BITGO_ACCESS_TOKEN=…);
                   reads the keychain only and works offline
  tokens import --token-stdin [--label &lt;text&gt;]
  tokens forget &lt;id&gt; | --label &lt;text&gt;
                   removes the token from this machine (keychain and index); it stays valid on the server.
                   Given a token `tokens list` marks may-have-been-created, dismisses that unanswered
                   create instead (after revoking the token that was yours, if any)
  tokens review [--max-lifetime-days &lt;n&gt;] [--expiring-days &lt;n&gt;]
                   security review of every token: spending without a limit, no IP restriction, &quot;all&quot;
                   or admin rights, lifetime over n days (default 90), expiring within n days (default
                   14), not on this machine, secret never stored, unused spend scopes; each with a fix.
                   Exits 20 when there are findings (for cron and CI).
  tokens rotate &lt;id&gt; [&lt;id&gt;…] | --label &lt;text&gt; [--lifetime &lt;1d|30d|90d|1y|10y|seconds&gt;]
                [--new-label &lt;text&gt;] [--carry-over-remaining] [--template &lt;name&gt;] [--otp &lt;code&gt;]
                   a new token with the same scopes, limits, IP rules, enterprise and admin flag (lifetime:
                   the old one&apos;s), stored and verified before the old one is revoked and forgotten here;
                   the label is kept. --carry-over-remaining asks for limit − spent per coin.
                   --template: the new token takes the template&apos;s scopes, limits, IP rules, enterprise,
                   admin flag and lifetime instead (--lifetime still wins); with --carry-over-remaining a
                   template limit on a coin the old token limited is capped at what the old one has left.
  history [--action &lt;a&gt;] [--limit &lt;n&gt;] [--csv]
                   what this app and this CLI did on this machine (signed-in, signed-out, created,
                   store-failed, stored, rotated, revoked, imported, copied, exported, forgotten), oldest
                   first; --limit keeps the last n. Never a secret or a one-time code.
  templates list | show &lt;name&gt; | delete &lt;name&gt;
  templates save &lt;name&gt; --scope &lt;s&gt;… [--limit …] [--max-limit …] [--ip …] [--duration …]
                [--enterprise &lt;id&gt;] [--admin [--admin-scope read|full]]
                   a token&apos;s shape under a name; tokens create --template &lt;name&gt; uses it (options given
                   on the command line win)
  templates import &lt;file&gt; | export &lt;file&gt; [--template &lt;name&gt;…]
                   share templates as JSON (no label, no code, no secret in them)

Secrets are never taken as arguments: passwords and tokens come from stdin or a prompt.
BITGO_ACCESS_TOKEN, when set, authenticates this one call instead of the stored session.

--json output (BitGo field names):
  tokens list    {&quot;accessTokens&quot;: [{&quot;id&quot;, &quot;label&quot;, &quot;scope&quot;: [..], &quot;created&quot;, &quot;expires&quot;,
                  &quot;ipRestrict&quot;: [..], &quot;enterprise&quot;, &quot;spendingLimits&quot;: [{&quot;coin&quot;, &quot;txValueLimit&quot;,
                  &quot;txValue&quot;, &quot;exact&quot;}], &quot;storedHere&quot;: &quot;stored|unverified|store-failed|pending|
                  flagged-for-revocation|may-have-been-created|revoked|expired|no&quot;}]}
  tokens review  {&quot;thresholds&quot;, &quot;findingCount&quot;, &quot;tokens&quot;: [{&quot;id&quot;, &quot;label&quot;, &quot;expires&quot;,
                  &quot;findings&quot;: [{&quot;kind&quot;, &quot;severity&quot;, &quot;reason&quot;, &quot;fix&quot;, &quot;suggested&quot;?}]}]}
  tokens rotate  {&quot;rotations&quot;: [{&quot;oldId&quot;, &quot;newId&quot;, &quot;label&quot;, &quot;rotated&quot;, &quot;stored&quot;, &quot;verified&quot;:
                  &quot;session|listed|no&quot;, &quot;oldRevoked&quot;, &quot;oldForgotten&quot;, &quot;newRevoked&quot;, &quot;failedStep&quot;?,
                  &quot;error&quot;?, &quot;note&quot;?, &quot;exitCode&quot;}], &quot;exitCode&quot;}
  tokens create  {&quot;id&quot;, &quot;label&quot;, &quot;scope&quot;, &quot;expires&quot;, &quot;stored&quot;: bool, &quot;verified&quot;: bool,
                  &quot;surplusRevoked&quot;: [ids], &quot;surplusCandidates&quot;?: [ids], &quot;token&quot; (only with --print-token
                  or when it could not be stored)}; a failed create that may still have made the token
                  adds &quot;mayHaveBeenCreated&quot;: true to its error
  session        {&quot;session&quot;: {&quot;id&quot;, &quot;user&quot;, &quot;username&quot;, &quot;scope&quot;, &quot;expires&quot;, &quot;unlock&quot;?: {&quot;expires&quot;},
                  &quot;downgraded&quot;: bool}}
  login          {&quot;user&quot;, &quot;username&quot;, &quot;expires&quot;, &quot;downgraded&quot;}
  history        {&quot;entries&quot;: [{&quot;time&quot;, &quot;action&quot;, &quot;environment&quot;, &quot;user&quot;, &quot;tokenId&quot;, &quot;label&quot;,
                  &quot;origin&quot;: &quot;gui|cli&quot;, &quot;detail&quot;}], &quot;skippedLines&quot;}
  templates list {&quot;templates&quot;: [{&quot;name&quot;, &quot;request&quot;: {create-token fields, no label or otp}}]}
  revoke/forget/import  {&quot;id&quot;, &quot;label&quot;}; errors: {&quot;error&quot;, &quot;name&quot;, &quot;requestId&quot;, &quot;exitCode&quot;} on stdout
  Times are ISO 8601 UTC; amounts in base units as strings.

Exit codes:
   0  success
   1  other failure (local file error, cancelled)
   2  usage: unknown command or option, missing argument
   3  validation: the request was refused before anything was sent
   4  a (correct) one-time code is needed, or the session must be unlocked
   5  authentication failed: not signed in, wrong password, session expired or revoked — sign in again
   6  not found: no token with that id or label
   7  ambiguous label: several tokens carry it — use the id
   8  keychain unavailable (locked, missing, failed or not answering)
   9  token created but not stored: it was printed once, store it yourself or revoke it
  10  network or server error (connection, TLS, timeout, 5xx, malformed reply, rate limit)
  11  signature mismatch: a reply failed its HMAC check and was discarded
  12  the create request was sent twice (Qt resent it): the extra token was revoked, or look-alike
      tokens that may be someone else&apos;s are printed for you to check
  13  token created but not stored, and revoked (--on-store-failure=revoke)
  14  tokens rotate: the new token is stored, but a later step is left to finish (see the message)
  15  tokens rotate: a step failed; the new token was revoked and the old one is unchanged
  20  tokens review: findings exist (the review itself succeeded)
</source>
        <translation>Usage : bitgo-token-manager-cli [--env &lt;environment&gt;] [--user &lt;email&gt;] [--json] &lt;command&gt; [options]

Créer, conserver (trousseau du système), exporter et révoquer des jetons d’accès BitGo.

Options globales :
  --env &lt;e&gt;        test | prod | sandbox | &lt;nom d’un environnement personnalisé&gt; | &lt;URL de base&gt;
                   (par défaut : $BITGO_ENV, sinon l’environnement par défaut des préférences)
  --user &lt;email&gt;   compte (par défaut : $BITGO_USER, sinon le dernier compte connecté)
  --json           sortie lisible par machine sur stdout (voir plus bas)
  --help, --version

Commandes :
  login [--password-stdin] [--otp &lt;code&gt;]
                   mot de passe demandé sans écho ou lu sur la première ligne de stdin ; code via --otp
                   ou une question. La session est conservée dans le trousseau jusqu’à son expiration.
  login --token-stdin
                   se connecter avec un jeton d’accès existant lu sur stdin
  logout           mettre fin à la session sur le serveur et l’oublier localement
  session          qui suis-je, portées, expiration, déverrouillage, session dégradée ou non
  unlock --otp &lt;code&gt; [--duration &lt;seconds, 1-3600, default 600&gt;]
  lock
  tokens list      id, label, scopes, limits, expires, whether the secret is stored here
  tokens create --label &lt;text&gt; --scope &lt;s&gt; [--scope &lt;s&gt;…] [--limit &lt;coin&gt;=&lt;amount in coin units&gt;…]
                [--max-limit &lt;coin&gt;…] [--ip &lt;address or CIDR&gt;…] [--duration &lt;1d|30d|90d|1y|10y|seconds&gt;]
                [--enterprise &lt;id&gt;] [--admin [--admin-scope read|full]] [--otp &lt;code&gt;]
                [--on-store-failure=print|revoke] [--print-token] [--template &lt;name&gt;]
                   crée le jeton et l’enregistre dans le trousseau ; affiche identifiant et libellé (le jeton
                   seulement avec --print-token). Sans --duration, la durée de vie par défaut configurée
                   (90 jours) est envoyée.
  tokens revoke &lt;id&gt; | --label &lt;text&gt; [--yes]
  tokens export &lt;id&gt; | --label &lt;text&gt; [--format raw|env|shell]
                   affiche le jeton enregistré (raw, BITGO_ACCESS_TOKEN=… ou export BITGO_ACCESS_TOKEN=…) ;
                   lit seulement le trousseau et fonctionne hors ligne
  tokens import --token-stdin [--label &lt;text&gt;]
  tokens forget &lt;id&gt; | --label &lt;text&gt;
                   retire le jeton de cette machine (trousseau et index) ; il reste valide sur le serveur.
                   Avec un jeton que `tokens list` marque may-have-been-created, abandonne plutôt cette création
                   sans réponse (après avoir révoqué le jeton qui était le vôtre, s’il y en a un)
  tokens review [--max-lifetime-days &lt;n&gt;] [--expiring-days &lt;n&gt;]
                   revue de sécurité de chaque jeton : dépenses sans limite, aucune restriction IP, « all »
                   ou droits d’administration, durée de vie de plus de n jours (90 par défaut), expiration
                   dans n jours (14 par défaut), absent de cette machine, secret jamais enregistré,
                   portées de dépense inutilisées ; chacun avec une correction. Code 20 s’il y a des constats (cron, CI).
  tokens rotate &lt;id&gt; [&lt;id&gt;…] | --label &lt;text&gt; [--lifetime &lt;1d|30d|90d|1y|10y|seconds&gt;]
                [--new-label &lt;text&gt;] [--carry-over-remaining] [--template &lt;name&gt;] [--otp &lt;code&gt;]
                   un nouveau jeton avec les mêmes portées, limites, règles IP, entreprise et indicateur
                   d’administration (durée de vie : celle de l’ancien), enregistré et vérifié avant que
                   l’ancien soit révoqué et oublié ici ; le libellé est conservé. --carry-over-remaining
                   demande limite − dépensé par coin.
                   --template : le nouveau jeton prend à la place les portées, limites, règles IP,
                   entreprise, indicateur d’administration et durée de vie du modèle (--lifetime reste
                   prioritaire) ; avec --carry-over-remaining, une limite du modèle sur un coin que
                   l’ancien jeton limitait est plafonnée à ce qu’il reste à l’ancien.
  history [--action &lt;a&gt;] [--limit &lt;n&gt;] [--csv]
                   ce que cette application et cette CLI ont fait sur cette machine (signed-in, signed-out, created,
                   store-failed, stored, rotated, revoked, imported, copied, exported, forgotten), du plus
                   ancien au plus récent ; --limit garde les n derniers. Jamais de secret ni de code à usage unique.
  templates list | show &lt;name&gt; | delete &lt;name&gt;
  templates save &lt;name&gt; --scope &lt;s&gt;… [--limit …] [--max-limit …] [--ip …] [--duration …]
                [--enterprise &lt;id&gt;] [--admin [--admin-scope read|full]]
                   la forme d’un jeton sous un nom ; tokens create --template &lt;name&gt; l’utilise (les options
                   de la ligne de commande l’emportent)
  templates import &lt;file&gt; | export &lt;file&gt; [--template &lt;name&gt;…]
                   partager des modèles en JSON (sans libellé, code ni secret)

Les secrets ne sont jamais pris en arguments : mots de passe et jetons viennent de stdin ou d’une question.
BITGO_ACCESS_TOKEN, s’il est défini, authentifie cet appel à la place de la session enregistrée.

Sortie --json (noms de champs de BitGo) :
  tokens list    {&quot;accessTokens&quot;: [{&quot;id&quot;, &quot;label&quot;, &quot;scope&quot;: [..], &quot;created&quot;, &quot;expires&quot;,
                  &quot;ipRestrict&quot;: [..], &quot;enterprise&quot;, &quot;spendingLimits&quot;: [{&quot;coin&quot;, &quot;txValueLimit&quot;,
                  &quot;txValue&quot;, &quot;exact&quot;}], &quot;storedHere&quot;: &quot;stored|unverified|store-failed|pending|
                  flagged-for-revocation|may-have-been-created|revoked|expired|no&quot;}]}
  tokens review  {&quot;thresholds&quot;, &quot;findingCount&quot;, &quot;tokens&quot;: [{&quot;id&quot;, &quot;label&quot;, &quot;expires&quot;,
                  &quot;findings&quot;: [{&quot;kind&quot;, &quot;severity&quot;, &quot;reason&quot;, &quot;fix&quot;, &quot;suggested&quot;?}]}]}
  tokens rotate  {&quot;rotations&quot;: [{&quot;oldId&quot;, &quot;newId&quot;, &quot;label&quot;, &quot;rotated&quot;, &quot;stored&quot;, &quot;verified&quot;:
                  &quot;session|listed|no&quot;, &quot;oldRevoked&quot;, &quot;oldForgotten&quot;, &quot;newRevoked&quot;, &quot;failedStep&quot;?,
                  &quot;error&quot;?, &quot;note&quot;?, &quot;exitCode&quot;}], &quot;exitCode&quot;}
  tokens create  {&quot;id&quot;, &quot;label&quot;, &quot;scope&quot;, &quot;expires&quot;, &quot;stored&quot;: bool, &quot;verified&quot;: bool,
                  &quot;surplusRevoked&quot;: [ids], &quot;surplusCandidates&quot;?: [ids], &quot;token&quot; (only with --print-token
                  or when it could not be stored)}; a failed create that may still have made the token
                  adds &quot;mayHaveBeenCreated&quot;: true to its error
  session        {&quot;session&quot;: {&quot;id&quot;, &quot;user&quot;, &quot;username&quot;, &quot;scope&quot;, &quot;expires&quot;, &quot;unlock&quot;?: {&quot;expires&quot;},
                  &quot;downgraded&quot;: bool}}
  login          {&quot;user&quot;, &quot;username&quot;, &quot;expires&quot;, &quot;downgraded&quot;}
  history        {&quot;entries&quot;: [{&quot;time&quot;, &quot;action&quot;, &quot;environment&quot;, &quot;user&quot;, &quot;tokenId&quot;, &quot;label&quot;,
                  &quot;origin&quot;: &quot;gui|cli&quot;, &quot;detail&quot;}], &quot;skippedLines&quot;}
  templates list {&quot;templates&quot;: [{&quot;name&quot;, &quot;request&quot;: {create-token fields, no label or otp}}]}
  revoke/forget/import  {&quot;id&quot;, &quot;label&quot;} ; erreurs : {&quot;error&quot;, &quot;name&quot;, &quot;requestId&quot;, &quot;exitCode&quot;} sur stdout
  Heures en ISO 8601 UTC ; montants en unités de base sous forme de chaînes.

Codes de sortie :
   0  succès
   1  autre échec (erreur de fichier local, annulation)
   2  usage : commande ou option inconnue, argument manquant
   3  validation : la requête a été refusée avant tout envoi
   4  un code à usage unique (correct) est nécessaire, ou la session doit être déverrouillée
   5  échec d’authentification : non connecté, mauvais mot de passe, session expirée ou révoquée — reconnectez-vous
   6  introuvable : aucun jeton avec cet identifiant ou ce libellé
   7  libellé ambigu : plusieurs jetons le portent — utilisez l’identifiant
   8  trousseau indisponible (verrouillé, absent, en échec ou sans réponse)
   9  jeton créé mais non enregistré : affiché une fois, conservez-le vous-même ou révoquez-le
  10  erreur réseau ou serveur (connexion, TLS, délai dépassé, 5xx, réponse mal formée, limite de débit)
  11  signature invalide : une réponse a échoué à la vérification HMAC et a été rejetée
  12  la requête de création a été envoyée deux fois (Qt l’a renvoyée) : le jeton en plus a été révoqué,
      ou des jetons semblables, qui peuvent appartenir à quelqu’un d’autre, sont affichés pour vérification
  13  jeton créé mais non enregistré, puis révoqué (--on-store-failure=revoke)
  14  tokens rotate : le nouveau jeton est enregistré, mais une étape ultérieure reste à terminer (voir le message)
  15  tokens rotate : une étape a échoué ; le nouveau jeton a été révoqué et l’ancien est inchangé
  20  tokens review : des constats existent (la revue elle-même a réussi)
</translation>
    </message>
</context>
<context>
    <name>bgtm::cli::Commands</name>
    <message>
        <source>%1 unlimited</source>
        <translation>%1 illimité</translation>
    </message>
    <message>
        <source> base units</source>
        <translation> unités de base</translation>
    </message>
    <message numerus="yes">
        <source>Gave up: no answer within %n second(s).</source>
        <translation>
            <numerusform>Abandon : pas de réponse en %n seconde.</numerusform>
            <numerusform>Abandon : pas de réponse en %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>erreur : %1</translation>
    </message>
    <message>
        <source>%1 Sign in again with &quot;login&quot;.</source>
        <translation>%1 Reconnectez-vous avec « login ».</translation>
    </message>
    <message>
        <source>(request id %1)</source>
        <translation>(identifiant de requête %1)</translation>
    </message>
    <message>
        <source>Internal error: services missing.</source>
        <translation>Erreur interne : services manquants.</translation>
    </message>
    <message>
        <source>Internal error: no sandbox finder.</source>
        <translation>Erreur interne : aucun localisateur de bac à sable.</translation>
    </message>
    <message>
        <source>Started the local sandbox at %1.</source>
        <translation>Bac à sable local démarré à %1.</translation>
    </message>
    <message>
        <source>Not signed in: no account given. Pass --user or set BITGO_USER, or run &quot;login&quot; first.</source>
        <translation>Non connecté : aucun compte indiqué. Passez --user, définissez BITGO_USER ou lancez d’abord « login ».</translation>
    </message>
    <message>
        <source>Not signed in to %1 as %2: run &quot;login&quot;.</source>
        <translation>Non connecté à %1 en tant que %2 : lancez « login ».</translation>
    </message>
    <message>
        <source>The session of %1 expired: run &quot;login&quot; again.</source>
        <translation>La session de %1 a expiré : relancez « login ».</translation>
    </message>
    <message>
        <source>Email: </source>
        <translation>E-mail : </translation>
    </message>
    <message>
        <source>login needs an account: pass --user or set BITGO_USER.</source>
        <translation>login nécessite un compte : passez --user ou définissez BITGO_USER.</translation>
    </message>
    <message>
        <source>No terminal to ask for the password: pass --password-stdin and write it to stdin.</source>
        <translation>Aucun terminal pour demander le mot de passe : passez --password-stdin et écrivez-le sur stdin.</translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>Mot de passe : </translation>
    </message>
    <message>
        <source>No password was given.</source>
        <translation>Aucun mot de passe n’a été fourni.</translation>
    </message>
    <message>
        <source>One-time code: </source>
        <translation>Code à usage unique : </translation>
    </message>
    <message>
        <source>A one-time code is needed: pass --otp or answer the prompt.</source>
        <translation>Un code à usage unique est nécessaire : passez --otp ou répondez à la question.</translation>
    </message>
    <message>
        <source>Signed in, but the session could not be kept in the keychain (%1); the next command will need &quot;login&quot; again.</source>
        <translation>Connecté, mais la session n’a pas pu être conservée dans le trousseau (%1) ; la prochaine commande demandera à nouveau « login ».</translation>
    </message>
    <message>
        <source>warning: the session was downgraded (no ECDH key): new tokens arrive unencrypted and their replies cannot be verified.</source>
        <translation>avertissement : la session a été dégradée (pas de clé ECDH) : les nouveaux jetons arrivent non chiffrés et leurs réponses ne peuvent pas être vérifiées.</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2 until %3.</source>
        <translation>Connecté à %1 en tant que %2 jusqu’au %3.</translation>
    </message>
    <message>
        <source>Access token: </source>
        <translation>Jeton d’accès : </translation>
    </message>
    <message>
        <source>No token was given on stdin.</source>
        <translation>Aucun jeton n’a été fourni sur stdin.</translation>
    </message>
    <message>
        <source>The token works, but it could not be kept in the keychain: %1</source>
        <translation>Le jeton fonctionne, mais n’a pas pu être conservé dans le trousseau : %1</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2 with an access token.</source>
        <translation>Connecté à %1 en tant que %2 avec un jeton d’accès.</translation>
    </message>
    <message>
        <source>warning: the server could not end the session (%1); it was forgotten here and ends when it expires.</source>
        <translation>avertissement : le serveur n’a pas pu mettre fin à la session (%1) ; elle a été oubliée ici et prendra fin à son expiration.</translation>
    </message>
    <message>
        <source>Signed out.</source>
        <translation>Déconnecté.</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Portées</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire</translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation>Déverrouillée</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>jusqu’au %1</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Downgraded</source>
        <translation>Dégradée</translation>
    </message>
    <message>
        <source>yes (no ECDH key: created tokens are not verifiable)</source>
        <translation>oui (pas de clé ECDH : les jetons créés ne sont pas vérifiables)</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>duration: the unlock duration is 1 to 3600 seconds.</source>
        <translation>duration : la durée de déverrouillage est de 1 à 3600 secondes.</translation>
    </message>
    <message>
        <source>Unlocked until %1. Unlocking removes the spending limits of limited tokens.</source>
        <translation>Déverrouillée jusqu’au %1. Le déverrouillage supprime les limites de dépense des jetons limités.</translation>
    </message>
    <message>
        <source>Locked.</source>
        <translation>Verrouillée.</translation>
    </message>
    <message>
        <source>warning: the list is incomplete (a page could not be fetched).</source>
        <translation>avertissement : la liste est incomplète (une page n’a pas pu être récupérée).</translation>
    </message>
    <message>
        <source>warning: the local index was not updated: %1</source>
        <translation>avertissement : l’index local n’a pas été mis à jour : %1</translation>
    </message>
    <message numerus="yes">
        <source>warning: %n token(s) are live on the server but their secret is nowhere; revoke them.</source>
        <translation>
            <numerusform>avertissement : %n jeton est valide sur le serveur mais son secret n’est nulle part ; révoquez-le.</numerusform>
            <numerusform>avertissement : %n jetons sont valides sur le serveur mais leur secret n’est nulle part ; révoquez-les.</numerusform>
        </translation>
    </message>
    <message>
        <source>No access tokens.</source>
        <translation>Aucun jeton d’accès.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>IDENTIFIANT</translation>
    </message>
    <message>
        <source>LABEL</source>
        <translation>LIBELLÉ</translation>
    </message>
    <message>
        <source>SCOPES</source>
        <translation>PORTÉES</translation>
    </message>
    <message>
        <source>LIMITS</source>
        <translation>LIMITES</translation>
    </message>
    <message>
        <source>EXPIRES</source>
        <translation>EXPIRE</translation>
    </message>
    <message>
        <source>STORED HERE</source>
        <translation>ENREGISTRÉ ICI</translation>
    </message>
    <message>
        <source>Use 1d, 30d, 90d, 1y, 10y or a number of seconds, not &quot;%1&quot;.</source>
        <translation>Utilisez 1d, 30d, 90d, 1y, 10y ou un nombre de secondes, pas « %1 ».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a coin BitGo knows.</source>
        <translation>« %1 » n’est pas un coin connu de BitGo.</translation>
    </message>
    <message>
        <source>invalid %1: %2</source>
        <translation>%1 non valide : %2</translation>
    </message>
    <message>
        <source>The request is not valid.</source>
        <translation>La requête n’est pas valide.</translation>
    </message>
    <message>
        <source>Not creating a token: the keychain cannot store it (%1).</source>
        <translation>Aucun jeton créé : le trousseau ne peut pas l’enregistrer (%1).</translation>
    </message>
    <message>
        <source>warning: storing the token failed (%1); trying again.</source>
        <translation>avertissement : l’enregistrement du jeton a échoué (%1) ; nouvel essai.</translation>
    </message>
    <message>
        <source>error: the keychain could not store the new token (%1); it was revoked as asked (--on-store-failure=revoke).</source>
        <translation>erreur : le trousseau n’a pas pu enregistrer le nouveau jeton (%1) ; il a été révoqué comme demandé (--on-store-failure=revoke).</translation>
    </message>
    <message>
        <source>warning: revoking it failed as well (%1).</source>
        <translation>avertissement : la révocation a également échoué (%1).</translation>
    </message>
    <message>
        <source>WARNING: the token was created but the keychain could not store it (%1). It is printed below, once: store it yourself now, or revoke it with &quot;tokens revoke %2&quot;.</source>
        <translation>ATTENTION : le jeton a été créé mais le trousseau n’a pas pu l’enregistrer (%1). Il est affiché ci-dessous, une seule fois : conservez-le vous-même maintenant, ou révoquez-le avec « tokens revoke %2 ».</translation>
    </message>
    <message>
        <source>note: the reply could not be verified (downgraded session).</source>
        <translation>remarque : la réponse n’a pas pu être vérifiée (session dégradée).</translation>
    </message>
    <message numerus="yes">
        <source>warning: a silent resend created %n extra token(s); revoked: %1</source>
        <translation>
            <numerusform>avertissement : un renvoi silencieux a créé %n jeton supplémentaire ; révoqué : %1</numerusform>
            <numerusform>avertissement : un renvoi silencieux a créé %n jetons supplémentaires ; révoqués : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>error: extra token(s) from a silent resend could NOT be revoked, revoke them yourself: %1</source>
        <translation>erreur : les jetons supplémentaires issus d’un renvoi silencieux n’ont PAS pu être révoqués, révoquez-les vous-même : %1</translation>
    </message>
    <message>
        <source>Created %1 %2</source>
        <translation>Créé %1 %2</translation>
    </message>
    <message>
        <source>No live token is labelled &quot;%1&quot;.</source>
        <translation>Aucun jeton valide ne porte le libellé « %1 ».</translation>
    </message>
    <message numerus="yes">
        <source>%n tokens are labelled &quot;%1&quot;; name one by its id: %2</source>
        <translation>
            <numerusform>%n jeton porte le libellé « %1 » ; désignez-en un par son identifiant : %2</numerusform>
            <numerusform>%n jetons portent le libellé « %1 » ; désignez-en un par son identifiant : %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoking needs confirmation: pass --yes when not on a terminal.</source>
        <translation>La révocation doit être confirmée : passez --yes hors d’un terminal.</translation>
    </message>
    <message>
        <source>Revoke %1? It stops working at once. [y/N] </source>
        <translation>Révoquer %1 ? Il cesse aussitôt de fonctionner. [o/N] </translation>
    </message>
    <message>
        <source>Not revoked.</source>
        <translation>Non révoqué.</translation>
    </message>
    <message>
        <source>No token with id %1 on the server.</source>
        <translation>Aucun jeton d’identifiant %1 sur le serveur.</translation>
    </message>
    <message>
        <source>Revoked %1 %2</source>
        <translation>Révoqué %1 %2</translation>
    </message>
    <message>
        <source>warning: revoked, but not removed from this machine: %1</source>
        <translation>avertissement : révoqué, mais pas retiré de cette machine : %1</translation>
    </message>
    <message>
        <source>No token labelled &quot;%1&quot; is stored here for %2.</source>
        <translation>Aucun jeton de libellé « %1 » n’est enregistré ici pour %2.</translation>
    </message>
    <message>
        <source>No token with id %1 is stored here for %2.</source>
        <translation>Aucun jeton d’identifiant %1 n’est enregistré ici pour %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n stored tokens are labelled &quot;%1&quot;; name one by its id: %2</source>
        <translation>
            <numerusform>%n jeton enregistré porte le libellé « %1 » ; désignez-en un par son identifiant : %2</numerusform>
            <numerusform>%n jetons enregistrés portent le libellé « %1 » ; désignez-en un par son identifiant : %2</numerusform>
        </translation>
    </message>
    <message>
        <source>The secret of this token is not on this machine.</source>
        <translation>Le secret de ce jeton n’est pas sur cette machine.</translation>
    </message>
    <message>
        <source>Imported token</source>
        <translation>Jeton importé</translation>
    </message>
    <message>
        <source>warning: the server refused this token from this address (IP restriction); it was stored as unverified.</source>
        <translation>avertissement : le serveur a refusé ce jeton depuis cette adresse (restriction IP) ; il a été enregistré comme non vérifié.</translation>
    </message>
    <message>
        <source>Stored %1 %2 (unverified)</source>
        <translation>Enregistré %1 %2 (non vérifié)</translation>
    </message>
    <message>
        <source>Stored %1 %2</source>
        <translation>Enregistré %1 %2</translation>
    </message>
    <message>
        <source>Forgot %1 %2 on this machine (it is still valid on the server).</source>
        <translation>Oublié %1 %2 sur cette machine (il reste valide sur le serveur).</translation>
    </message>
    <message>
        <source>password</source>
        <translation>mot de passe</translation>
    </message>
    <message>
        <source>access token</source>
        <translation>jeton d’accès</translation>
    </message>
    <message numerus="yes">
        <source>No findings for %n token(s).</source>
        <translation>
            <numerusform>Aucun constat pour %n jeton.</numerusform>
            <numerusform>Aucun constat pour %n jetons.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s).</source>
        <translation>
            <numerusform>%n constat.</numerusform>
            <numerusform>%n constats.</numerusform>
        </translation>
    </message>
    <message>
        <source>from template %1</source>
        <translation>depuis le modèle %1</translation>
    </message>
    <message>
        <source>could not be stored</source>
        <translation>n’a pas pu être enregistré</translation>
    </message>
    <message>
        <source>surplus from a silent resend</source>
        <translation>en surnombre après un renvoi silencieux</translation>
    </message>
    <message>
        <source>to stdout, format %1</source>
        <translation>vers stdout, format %1</translation>
    </message>
    <message>
        <source>unverified</source>
        <translation>non vérifié</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>vérifié</translation>
    </message>
    <message>
        <source>warning: the history could not be written: %1</source>
        <translation>avertissement : l’historique n’a pas pu être écrit : %1</translation>
    </message>
    <message>
        <source>Internal error: no history.</source>
        <translation>Erreur interne : pas d’historique.</translation>
    </message>
    <message>
        <source>--action must be one of: %1.</source>
        <translation>--action doit être l’une des valeurs : %1.</translation>
    </message>
    <message numerus="yes">
        <source>note: %n line(s) of the history could not be read (e.g. torn by a crash) and were skipped.</source>
        <translation>
            <numerusform>remarque : %n ligne de l’historique n’a pas pu être lue (p. ex. coupée par un plantage) et a été ignorée.</numerusform>
            <numerusform>remarque : %n lignes de l’historique n’ont pas pu être lues (p. ex. coupées par un plantage) et ont été ignorées.</numerusform>
        </translation>
    </message>
    <message>
        <source>No history.</source>
        <translation>Aucun historique.</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>HEURE</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>ACTION</translation>
    </message>
    <message>
        <source>ENV</source>
        <translation>ENV.</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>UTILISATEUR</translation>
    </message>
    <message>
        <source>TOKEN</source>
        <translation>JETON</translation>
    </message>
    <message>
        <source>ORIGIN</source>
        <translation>ORIGINE</translation>
    </message>
    <message>
        <source>DETAIL</source>
        <translation>DÉTAIL</translation>
    </message>
    <message>
        <source>Internal error: no templates.</source>
        <translation>Erreur interne : pas de modèles.</translation>
    </message>
    <message>
        <source>No templates.</source>
        <translation>Aucun modèle.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>LIFETIME</source>
        <translation>DURÉE DE VIE</translation>
    </message>
    <message>
        <source>IP RULES</source>
        <translation>RÈGLES IP</translation>
    </message>
    <message>
        <source>Saved template &quot;%1&quot;.</source>
        <translation>Modèle « %1 » enregistré.</translation>
    </message>
    <message>
        <source>Deleted template &quot;%1&quot;.</source>
        <translation>Modèle « %1 » supprimé.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n template(s): %1</source>
        <translation>
            <numerusform>%n modèle importé : %1</numerusform>
            <numerusform>%n modèles importés : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote the templates to %1.</source>
        <translation>Modèles écrits dans %1.</translation>
    </message>
    <message>
        <source>Internal error: not a templates command.</source>
        <translation>Erreur interne : pas une commande de modèles.</translation>
    </message>
    <message>
        <source>WARNING: the keychain did not finish storing the new token in time. It is printed below, once: store it yourself now, or revoke it with &quot;tokens revoke %1&quot;.</source>
        <translation>ATTENTION : le trousseau n’a pas fini d’enregistrer le nouveau jeton à temps. Il est affiché ci-dessous, une seule fois : conservez-le vous-même maintenant, ou révoquez-le avec « tokens revoke %1 ».</translation>
    </message>
    <message>
        <source>warning: the request was sent more than once, and whether that made extra tokens could not be checked; look at &quot;tokens list&quot;.</source>
        <translation>avertissement : la requête a été envoyée plus d’une fois, et il n’a pas été possible de vérifier si des jetons en plus ont été créés ; consultez « tokens list ».</translation>
    </message>
    <message>
        <source>warning: a create from this machine got no answer, and these tokens look like what it asked for: %1. Some are someone else&apos;s and nothing tells which; nothing was flagged. Revoke the one(s) that are yours (tokens revoke ID), then dismiss the rest here (tokens forget ID).</source>
        <translation>avertissement : une création depuis cette machine n’a pas reçu de réponse, et ces jetons ressemblent à ce qu’elle demandait : %1. Certains appartiennent à quelqu’un d’autre et rien n’indique lesquels ; rien n’a été signalé. Révoquez le ou les vôtres (tokens revoke ID), puis abandonnez le reste ici (tokens forget ID).</translation>
    </message>
    <message>
        <source>an unanswered creation; its look-alikes: %1</source>
        <translation>une création sans réponse ; jetons semblables : %1</translation>
    </message>
    <message>
        <source>Dismissed the unanswered creation of &quot;%1&quot; on this machine; the tokens that looked like it (%2) stay on the server as they are.</source>
        <translation>Création sans réponse de « %1 » abandonnée sur cette machine ; les jetons qui lui ressemblaient (%2) restent tels quels sur le serveur.</translation>
    </message>
    <message>
        <source>warning: %1: %2</source>
        <translation>avertissement : %1 : %2</translation>
    </message>
</context>
<context>
    <name>bgtm::cli::Output</name>
    <message>
        <source>The request went out but no trustworthy answer came back, so the server may have made the token. It is kept on this machine as a pending creation: the next &quot;tokens list&quot; settles it, and shows a token of this shape that nobody here holds as flagged for revocation.</source>
        <translation>La requête est partie mais aucune réponse digne de confiance n’est revenue : le serveur a donc peut-être créé le jeton. Il est conservé sur cette machine comme création en attente : le prochain « tokens list » tranche, et affiche un jeton de cette forme que personne ici ne détient comme signalé à révoquer.</translation>
    </message>
    <message>
        <source>warning: the request was sent more than once, and these tokens look like the new one but may be someone else&apos;s; nothing was revoked. Check them and revoke what is yours: %1</source>
        <translation>avertissement : la requête a été envoyée plus d’une fois, et ces jetons ressemblent au nouveau mais peuvent appartenir à quelqu’un d’autre ; rien n’a été révoqué. Vérifiez-les et révoquez les vôtres : %1</translation>
    </message>
</context>
<context>
    <name>bgtm::cli::ReviewReport</name>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>  %1  %2: %3</source>
        <translation>  %1  %2 : %3</translation>
    </message>
    <message>
        <source>            fix: %1</source>
        <translation>            correction : %1</translation>
    </message>
</context>
<context>
    <name>bgtm::cli::RotateCommand</name>
    <message>
        <source>%1 base units of %2</source>
        <translation>%1 unités de base de %2</translation>
    </message>
    <message>
        <source>No live token is labelled &quot;%1&quot;.</source>
        <translation>Aucun jeton valide ne porte le libellé « %1 ».</translation>
    </message>
    <message numerus="yes">
        <source>%n tokens are labelled &quot;%1&quot;; name them by id: %2</source>
        <translation>
            <numerusform>%n jeton porte le libellé « %1 » ; désignez-le par son identifiant : %2</numerusform>
            <numerusform>%n jetons portent le libellé « %1 » ; désignez-les par leurs identifiants : %2</numerusform>
        </translation>
    </message>
    <message>
        <source>error: %1: no live token with this id on the server.</source>
        <translation>erreur : %1 : aucun jeton valide avec cet identifiant sur le serveur.</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>introuvable</translation>
    </message>
    <message>
        <source>Use 1d, 30d, 90d, 1y, 10y or a number of seconds, not &quot;%1&quot;.</source>
        <translation>Utilisez 1d, 30d, 90d, 1y, 10y ou un nombre de secondes, pas « %1 ».</translation>
    </message>
    <message>
        <source>--new-label names one token; rotate several tokens without it.</source>
        <translation>--new-label nomme un seul jeton ; renouvelez plusieurs jetons sans cette option.</translation>
    </message>
    <message>
        <source>error: %1: %2</source>
        <translation>erreur : %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>Rotating %1 &quot;%2&quot; → &quot;%3&quot;, lifetime %n day(s)%4</source>
        <translation>
            <numerusform>Renouvellement de %1 « %2 » → « %3 », durée de vie %n jour%4</numerusform>
            <numerusform>Renouvellement de %1 « %2 » → « %3 », durée de vie %n jours%4</numerusform>
        </translation>
    </message>
    <message>
        <source> (its secret is not on this machine)</source>
        <translation> (son secret n’est pas sur cette machine)</translation>
    </message>
    <message>
        <source>  %1: limit %2, spent %3</source>
        <translation>  %1 : limite %2, dépensé %3</translation>
    </message>
    <message>
        <source>, remaining %1</source>
        <translation>, restant %1</translation>
    </message>
    <message>
        <source> — carried over</source>
        <translation> — reporté</translation>
    </message>
    <message>
        <source> — new limit %1</source>
        <translation> — nouvelle limite %1</translation>
    </message>
    <message>
        <source> (no carry-over: %1)</source>
        <translation> (pas de report : %1)</translation>
    </message>
    <message>
        <source>One-time code: </source>
        <translation>Code à usage unique : </translation>
    </message>
    <message>
        <source>A one-time code is needed: pass --otp or answer the prompt.</source>
        <translation>Un code à usage unique est nécessaire : passez --otp ou répondez à la question.</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>remarque : %1</translation>
    </message>
    <message>
        <source>error: extra token(s) from a silent resend could NOT be revoked, revoke them yourself: %1</source>
        <translation>erreur : les jetons supplémentaires issus d’un renvoi silencieux n’ont PAS pu être révoqués, révoquez-les vous-même : %1</translation>
    </message>
    <message>
        <source>WARNING: the new token %1 was created but could be neither stored nor revoked (%2). It is printed below, once: store it yourself now, or revoke it with &quot;tokens revoke %1&quot;. The old token %3 is unchanged.</source>
        <translation>ATTENTION : le nouveau jeton %1 a été créé mais n’a pu être ni enregistré ni révoqué (%2). Il est affiché ci-dessous, une seule fois : conservez-le vous-même maintenant, ou révoquez-le avec « tokens revoke %1 ». L’ancien jeton %3 est inchangé.</translation>
    </message>
    <message>
        <source>error: %1: %2 failed (%3); the new token %4 was revoked and the old token is unchanged.</source>
        <translation>erreur : %1 : %2 a échoué (%3) ; le nouveau jeton %4 a été révoqué et l’ancien jeton est inchangé.</translation>
    </message>
    <message>
        <source>warning: %1 was revoked, but could not be removed from this machine (%2); run &quot;tokens forget %1&quot;.</source>
        <translation>avertissement : %1 a été révoqué mais n’a pas pu être retiré de cette machine (%2) ; lancez « tokens forget %1 ».</translation>
    </message>
    <message>
        <source>error: the new token %1 is stored and works, but the old token %2 could not be revoked (%3): both are valid. Finish with &quot;tokens revoke %2&quot;.</source>
        <translation>erreur : le nouveau jeton %1 est enregistré et fonctionne, mais l’ancien jeton %2 n’a pas pu être révoqué (%3) : les deux sont valides. Terminez avec « tokens revoke %2 ».</translation>
    </message>
    <message>
        <source>error: %1 failed (%2); the new token %3 is stored here but could not be revoked: revoke it with &quot;tokens revoke %3&quot;. The old token %4 is unchanged.</source>
        <translation>erreur : %1 a échoué (%2) ; le nouveau jeton %3 est enregistré ici mais n’a pas pu être révoqué : révoquez-le avec « tokens revoke %3 ». L’ancien jeton %4 est inchangé.</translation>
    </message>
    <message>
        <source>error: %1: %2 failed: %3. Nothing was changed.</source>
        <translation>erreur : %1 : %2 a échoué : %3. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Rotated %1 → %2 %3</source>
        <translation>Renouvelé %1 → %2 %3</translation>
    </message>
    <message>
        <source>new token %1</source>
        <translation>nouveau jeton %1</translation>
    </message>
    <message>
        <source>warning: the history was not updated: %1</source>
        <translation>avertissement : l’historique n’a pas été mis à jour : %1</translation>
    </message>
    <message>
        <source>No templates are available.</source>
        <translation>Aucun modèle n’est disponible.</translation>
    </message>
    <message>
        <source>  shaped after template &quot;%1&quot;: scopes %2, IP rules %3</source>
        <translation>  d’après le modèle « %1 » : portées %2, règles IP %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>new token %1 from template %2</source>
        <translation>nouveau jeton %1 d’après le modèle %2</translation>
    </message>
</context>
<context>
    <name>bgtm::cli::main</name>
    <message>
        <source>error: %1</source>
        <translation>erreur : %1</translation>
    </message>
    <message>
        <source>Run with --help for usage.</source>
        <translation>Lancez avec --help pour l’aide.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement : %1</translation>
    </message>
</context>
<context>
    <name>bgtm::mappers</name>
    <message>
        <source>The server sent a reply this program cannot read: %1</source>
        <translation>Le serveur a envoyé une réponse que ce programme ne sait pas lire : %1</translation>
    </message>
    <message>
        <source>a token without an id</source>
        <translation>un jeton sans identifiant</translation>
    </message>
    <message>
        <source>the sign-in reply is not a JSON object</source>
        <translation>la réponse de connexion n’est pas un objet JSON</translation>
    </message>
    <message>
        <source>the sign-in reply has neither a token nor an encrypted token</source>
        <translation>la réponse de connexion ne contient ni jeton ni jeton chiffré</translation>
    </message>
    <message>
        <source>the new token&apos;s reply is not a JSON object</source>
        <translation>la réponse du nouveau jeton n’est pas un objet JSON</translation>
    </message>
    <message>
        <source>the new token&apos;s reply holds no token</source>
        <translation>la réponse du nouveau jeton ne contient aucun jeton</translation>
    </message>
    <message>
        <source>the token list is not a JSON object</source>
        <translation>la liste des jetons n’est pas un objet JSON</translation>
    </message>
    <message>
        <source>the token list has no accessTokens array</source>
        <translation>la liste des jetons n’a pas de tableau accessTokens</translation>
    </message>
    <message>
        <source>the token list holds something that is not a token</source>
        <translation>la liste des jetons contient quelque chose qui n’est pas un jeton</translation>
    </message>
    <message>
        <source>the token reply is not a JSON object</source>
        <translation>la réponse du jeton n’est pas un objet JSON</translation>
    </message>
    <message>
        <source>the session reply is not a JSON object</source>
        <translation>la réponse de session n’est pas un objet JSON</translation>
    </message>
    <message>
        <source>the session reply has no session</source>
        <translation>la réponse de session ne contient pas de session</translation>
    </message>
    <message>
        <source>the session reply names no user</source>
        <translation>la réponse de session ne désigne aucun utilisateur</translation>
    </message>
    <message>
        <source>the user reply is not a JSON object</source>
        <translation>la réponse utilisateur n’est pas un objet JSON</translation>
    </message>
    <message>
        <source>the user reply has no user</source>
        <translation>la réponse utilisateur ne contient pas d’utilisateur</translation>
    </message>
    <message>
        <source>the user reply has no user id</source>
        <translation>la réponse utilisateur n’a pas d’identifiant d’utilisateur</translation>
    </message>
    <message>
        <source>the password check reply has no answer</source>
        <translation>la réponse de vérification du mot de passe ne contient pas de résultat</translation>
    </message>
    <message>
        <source>The server answered with a redirect (HTTP %1). Redirects are never followed: check the server address.</source>
        <translation>Le serveur a répondu par une redirection (HTTP %1). Les redirections ne sont jamais suivies : vérifiez l’adresse du serveur.</translation>
    </message>
    <message>
        <source>This action needs an unlocked session: unlock with a one-time code first.</source>
        <translation>Cette action nécessite une session déverrouillée : déverrouillez d’abord avec un code à usage unique.</translation>
    </message>
    <message>
        <source>The one-time code is missing or wrong.</source>
        <translation>Le code à usage unique manque ou est erroné.</translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock differs from the server&apos;s by %n second(s); signed requests are refused. Correct the clock and try again.</source>
        <translation>
            <numerusform>L’horloge de cet ordinateur diffère de %n seconde de celle du serveur ; les requêtes signées sont refusées. Corrigez l’horloge et réessayez.</numerusform>
            <numerusform>L’horloge de cet ordinateur diffère de %n secondes de celle du serveur ; les requêtes signées sont refusées. Corrigez l’horloge et réessayez.</numerusform>
        </translation>
    </message>
    <message>
        <source>The username or password is wrong.</source>
        <translation>Le nom d’utilisateur ou le mot de passe est erroné.</translation>
    </message>
    <message>
        <source>The session has expired. Sign in again.</source>
        <translation>La session a expiré. Reconnectez-vous.</translation>
    </message>
    <message>
        <source>The server no longer accepts this token (revoked, expired or unknown). Sign in again.</source>
        <translation>Le serveur n’accepte plus ce jeton (révoqué, expiré ou inconnu). Reconnectez-vous.</translation>
    </message>
    <message>
        <source>The server refused this token from this computer&apos;s address (it may be restricted to other IP addresses).</source>
        <translation>Le serveur a refusé ce jeton depuis l’adresse de cet ordinateur (il est peut-être limité à d’autres adresses IP).</translation>
    </message>
    <message>
        <source>The token lacks the scope this action needs.</source>
        <translation>Il manque au jeton la portée nécessaire à cette action.</translation>
    </message>
    <message>
        <source>The server does not know this item.</source>
        <translation>Le serveur ne connaît pas cet élément.</translation>
    </message>
    <message numerus="yes">
        <source>Too many requests: the server asks to wait %n second(s).</source>
        <translation>
            <numerusform>Trop de requêtes : le serveur demande d’attendre %n seconde.</numerusform>
            <numerusform>Trop de requêtes : le serveur demande d’attendre %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many requests: wait a moment and try again.</source>
        <translation>Trop de requêtes : patientez un instant et réessayez.</translation>
    </message>
    <message>
        <source>The server failed (HTTP %1). Try again later.</source>
        <translation>Le serveur a échoué (HTTP %1). Réessayez plus tard.</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1).</source>
        <translation>Le serveur a refusé la requête (HTTP %1).</translation>
    </message>
    <message>
        <source>Server message: %1</source>
        <translation>Message du serveur : %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Local sandbox (offline)</source>
        <translation>Bac à sable local (hors ligne)</translation>
    </message>
    <message>
        <source>Create, keep and revoke BitGo access tokens.</source>
        <translation>Créer, conserver et révoquer des jetons d’accès BitGo.</translation>
    </message>
    <message>
        <source>Use the local sandbox (started if needed) and sign in with its demo account.</source>
        <translation>Utiliser le bac à sable local (démarré si nécessaire) et se connecter avec son compte de démonstration.</translation>
    </message>
    <message>
        <source>Preselect an environment: test, prod, sandbox or custom-&lt;name&gt;.</source>
        <translation>Présélectionner un environnement : test, prod, sandbox ou custom-&lt;nom&gt;.</translation>
    </message>
    <message>
        <source>Start without the sign-in dialog.</source>
        <translation>Démarrer sans la boîte de dialogue de connexion.</translation>
    </message>
    <message>
        <source>The token list on this machine could not be read: %1</source>
        <translation>La liste des jetons sur cette machine n’a pas pu être lue : %1</translation>
    </message>
    <message>
        <source>The local sandbox this app started (process %1) keeps running: bitgo-token-manager-cli (process %2) may be using it. Its tokens are kept either way; stop it with “kill %1” when you are done.</source>
        <translation>Le bac à sable local démarré par cette application (processus %1) continue de tourner : bitgo-token-manager-cli (processus %2) l’utilise peut-être. Ses jetons sont conservés dans tous les cas ; arrêtez-le avec « kill %1 » quand vous avez terminé.</translation>
    </message>
</context>
</TS>
