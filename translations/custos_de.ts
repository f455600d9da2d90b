<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AdministrationService</name>
    <message>
        <source>Only an administrator can manage users and workspace settings; %1 is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no user named %1 in this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user %1 has been revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user named %1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name %1 belonged to a revoked user and cannot be reused, so that the audit trail stays unambiguous. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the last administrator. Make another user an administrator first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot revoke yourself. Ask another administrator to do it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current passphrase is wrong; the passphrase was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The idle time before locking must be between 1 and %1 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected %1, got %2 argument(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;custos-cli --help&apos; for usage.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The workspace database %1 is missing. Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A database already exists at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an unencrypted SQLite database, not a Custos workspace database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opening %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keying %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace database %1 is damaged or does not belong to this keyring. Restore the workspace from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk holding %1 is full; nothing was changed. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace database %1 is damaged (%2). Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace database %1 is busy in another connection. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace database %1 cannot be written (%2). Check the file permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading or writing %1 failed (%2). Check the disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change conflicts with existing data (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database error while %1: %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Keyring</name>
    <message>
        <source>The user name or passphrase is wrong. Check both and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deriving the key from the passphrase failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key slot of %1 is damaged. Ask an administrator to reset your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyring has been altered outside Custos: its authentication code does not match. Restore the keyring from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Custos keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyring %1 is damaged (its checksum does not match). Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyring %1 was written by a newer Custos. Open it with a newer Custos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyring %1 holds a malformed key slot. Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyring %1 holds no key slots. Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyring %1 is missing. Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyring %1 cannot be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyring %1 cannot be written: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the keyring %1 failed (%2); the previous keyring is unchanged. Check the free disk space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>This workspace uses schema version %1, but this Custos knows versions up to %2. Open it with a newer Custos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading the workspace to schema version %1 (%2) failed; it stays at version %3. %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <source>The passphrase file %1 cannot be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase file %1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No passphrase given and no terminal to ask on. Use --passphrase-file FILE or set CUSTOS_PASSPHRASE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CUSTOS_PASSPHRASE is set but empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseStrength</name>
    <message>
        <source>Very weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good: this passphrase protects the case data well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add words or characters: four or five unrelated words make a strong passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliance officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HR investigator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manages users, roles and workspace settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviews flagged posts and approves takedowns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triages harassment reports and runs cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sees aggregate sentiment and risk dashboards only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads and verifies the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SelfTest</name>
    <message>
        <source>The %1 self-test failed: this build of Custos or its cryptographic library computes wrong results. No workspace will be opened; reinstall Custos and its libraries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cryptographic library</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>A user name has 1 to 64 letters, digits, dots, dashes, underscores or @, and starts with a letter or digit; &quot;%1&quot; does not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A passphrase needs at least %1 characters. Use a few unrelated words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key derivation parameters are too weak.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already holds a workspace. Choose an empty folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 is not empty. Choose a new or empty folder for the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 cannot be created. Check its parent&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no workspace at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyring of the workspace %1 is missing. Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Custos workspace (it has no keyring).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database of the workspace %1 is missing. Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database and the keyring in %1 belong to different workspaces. Restore the matching pair from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user %1 has been revoked in this workspace. Ask an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signing key of %1 in the keyring does not match the workspace&apos;s record. Restore the workspace from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkspaceLock</name>
    <message>
        <source>another program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace %1 is already open by %2 (process %3 on %4). Close it there first, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace %1 cannot be locked for use (no permission to write in its folder?). Check the folder&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>custos::cli</name>
    <message>
        <source>Sign in as NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the passphrase from the first line of FILE (else CUSTOS_PASSPHRASE, else a prompt).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--user NAME is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name shown in the console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>administrator, compliance, investigator, manager or auditor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the new user&apos;s first passphrase from FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--role must be one of administrator, compliance, investigator, manager, auditor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--name NAME is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--new-passphrase-file FILE is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the new passphrase from FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current passphrase of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the first administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name of the administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--admin NAME is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>custos-cli user needs a subcommand: add, list, role, revoke or passwd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown user subcommand &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>custos-cli selftest takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-tests passed: SHA-256, AES-256-GCM, Argon2id, Ed25519.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>custos::cli::main</name>
    <message>
        <source>Usage: custos-cli COMMAND [ARGS]

Commands:
  init WORKSPACE --admin NAME [--display-name TEXT]
      Create a workspace folder with NAME as its first administrator.
  user add WORKSPACE --user ADMIN --name NAME --role ROLE --new-passphrase-file FILE [--display-name TEXT]
  user list WORKSPACE --user NAME
  user role WORKSPACE --user ADMIN --name NAME --role ROLE
  user revoke WORKSPACE --user ADMIN --name NAME
  user passwd WORKSPACE --user NAME [--new-passphrase-file FILE]
  info WORKSPACE --user NAME
      Print the workspace&apos;s schema version, users and table counts as JSON.
  selftest
      Run the cryptographic known-answer tests.

ROLE is administrator, compliance, investigator, manager or auditor.
The passphrase comes from --passphrase-file FILE, else CUSTOS_PASSPHRASE, else a prompt.
Exit codes: 0 success, 2 usage, 3 authentication, 4 bad input or data, 5 workspace locked, 1 other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>custos::models::UsersModel</name>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>custos::ui::AccountPage</name>
    <message>
        <source>Change my &amp;passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;table cellspacing=6&gt;&lt;tr&gt;&lt;td&gt;User name&lt;/td&gt;&lt;td&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Name&lt;/td&gt;&lt;td&gt;%2&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Role&lt;/td&gt;&lt;td&gt;%3 — %4&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Signing key&lt;/td&gt;&lt;td&gt;&lt;tt&gt;%5&lt;/tt&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Workspace&lt;/td&gt;&lt;td&gt;%6&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-sealing your key slot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your passphrase has been changed. Use the new one from now on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>custos::ui::AddUserDialog</name>
    <message>
        <source>Add a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First passphrase (tell it to the user in person; they should change it):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>custos::ui::AdministrationPage</name>
    <message>
        <source>&amp;Add user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;voke access…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;pply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter users…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users and roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the console after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>without activity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding %1 and sealing their keys…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has been added. They can sign in with the first passphrase you gave them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke %1&apos;s access? Their key slot is removed at once and they can no longer unlock this workspace. Their past actions stay on record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoking %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s access has been revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The console now locks after %n minute(s) without activity.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>custos::ui::AppController</name>
    <message>
        <source>The workspace is locked and its keys are forgotten. Enter your passphrase to continue.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>custos::ui::ChangePassphraseDialog</name>
    <message>
        <source>Change my passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;urrent passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>custos::ui::CreateWorkspaceWizard</name>
    <message>
        <source>Create a workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder for the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder is not empty. Choose a new or empty folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where should the workspace live?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A workspace is a folder holding the encrypted case database and its keyring. Choose a new or empty folder on a disk that is backed up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace &amp;folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the administrator&apos;s user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who administers it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first administrator adds the other users and gives them their roles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the administrator&apos;s passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It unlocks the workspace. Nobody can recover it: if every administrator forgets theirs, the case data cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create workspace</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>custos::ui::MainWindow</name>
    <message>
        <source>%1 — Custos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the workspace and forget its keys (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace unlocked · schema version %1 · locks after %2 minutes without activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>custos::ui::PassphraseFields</name>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>custos::ui::StartScreen</name>
    <message>
        <source>&amp;Open workspace folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps your company&apos;s internal social media safe and lawful.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This folder no longer holds a workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workspace chosen: open a folder or create a workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a workspace folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Custos workspace: it holds no keyring. Choose the folder you created the workspace in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the workspace and deriving its keys…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Custos console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the demo workspace (created on first run).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preselect the workspace folder DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefill the user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custos cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo workspace %1 (%2). Sign in as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already there</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
