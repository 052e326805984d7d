#include "CreateTokenDialog.h"
#include "ui_CreateTokenDialog.h"

#include "CoinCatalogueLoader.h"
#include "KeychainBanner.h"
#include "MessageBox.h"
#include "ScopeTreeModel.h"
#include "clipboard/SecretClipboard.h"
#include "clipboard/SecretFieldGuard.h"

#include "history/TokenTemplates.h"
#include "model/Amount.h"
#include "model/CoinCatalogue.h"
#include "model/ScopeCatalogue.h"
#include "settings/Settings.h"
#include "vault/Vault.h"

#include <QCheckBox>
#include <QCompleter>
#include <QEvent>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QStringListModel>
#include <QToolButton>

#include <algorithm>

namespace bgtm {

namespace {

constexpr qint64 s_day = 24 * 60 * 60;
constexpr qint64 s_tenYears = 315360000; // protocol doc §4: the longest lifetime, 10 × 365 days
constexpr int s_customLifetime = -1;

enum LimitColumn { CoinColumn, AmountColumn, NoCapColumn, NoteColumn, RemoveColumn, LimitColumnCount };

/// "scope[3]" → "scope", "spendingLimits[1].coin" → "spendingLimits".
QString topField(const QString &field)
{
    static const QRegularExpression fieldEnd(QStringLiteral("[\\[.]"));
    const qsizetype end = field.indexOf(fieldEnd);
    return end < 0 ? field : field.left(end);
}

/// The index in "name[i]…", or -1.
int fieldIndex(const QString &field)
{
    static const QRegularExpression pattern(QStringLiteral("\\[(\\d+)\\]"));
    const QRegularExpressionMatch match = pattern.match(field);
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

QStringList splitList(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[,\\s]+"));
    return text.split(separators, Qt::SkipEmptyParts);
}

void showMessages(QLabel *label, const QStringList &messages)
{
    label->setText(messages.join(QLatin1Char('\n')));
    label->setVisible(!messages.isEmpty());
}

struct LifetimePreset {
    QString text;
    qint64 seconds;
};

/// The lifetime menu, in order; the last entry (a chosen date) is s_customLifetime.
QList<LifetimePreset> lifetimePresets()
{
    return {
        {CreateTokenDialog::tr("1 day"), s_day},
        {CreateTokenDialog::tr("7 days"), 7 * s_day},
        {CreateTokenDialog::tr("30 days"), 30 * s_day},
        {CreateTokenDialog::tr("90 days"), 90 * s_day},
        {CreateTokenDialog::tr("1 year"), 365 * s_day},
        {CreateTokenDialog::tr("10 years (the maximum)"), s_tenYears},
        {CreateTokenDialog::tr("Until a date…"), s_customLifetime},
    };
}

void styleAsError(QLabel *label)
{
    // The palette's link-visited red is not dependable across styles; a fixed red reads on light and dark.
    label->setStyleSheet(QStringLiteral("color: #d32f2f;"));
}

} // namespace

CreateTokenDialog::CreateTokenDialog(Dependencies dependencies, QWidget *parent)
    : QDialog(parent),
      m_ui(std::make_unique<Ui::CreateTokenDialog>()),
      m_deps(std::move(dependencies)),
      m_scopes(new ScopeTreeModel(m_deps.environment.productionRules, this)),
      m_scopeFilter(new QSortFilterProxyModel(this))
{
    m_ui->setupUi(this);
    for (QLabel *label :
         {m_ui->labelErrorLabel, m_ui->durationErrorLabel, m_ui->scopeErrorLabel, m_ui->walletScopesErrorLabel,
          m_ui->limitsErrorLabel, m_ui->erc20ErrorLabel, m_ui->ipRestrictErrorLabel, m_ui->enterpriseErrorLabel,
          m_ui->adminScopeErrorLabel, m_ui->otpErrorLabel, m_ui->formErrorLabel})
        styleAsError(label);
    m_ui->noLimitWarningLabel->setStyleSheet(QStringLiteral("color: #b26a00;"));

    setUpLifetime();
    setUpScopes();
    setUpLimits();
    connectForm();
    setUpTemplates();
    retranslate();
    // The coin catalogue may still be parsing: the form works meanwhile and coin fields say it is loading.
    const QFuture<const CoinCatalogue *> coins = m_deps.coins ? *m_deps.coins : CoinCatalogueLoader::load();
    if (coins.isFinished() && coins.resultCount() > 0) {
        m_coins = coins.result();
    } else {
        // A watcher, not QFuture::then: the future is shared by every editor (a future keeps one continuation)
        // and this dialog may close before it finishes.
        auto *watcher = new QFutureWatcher<const CoinCatalogue *>(this);
        connect(watcher, &QFutureWatcher<const CoinCatalogue *>::finished, this, [this, watcher] {
            if (watcher->future().resultCount() > 0)
                coinsArrived(watcher->future().result());
            watcher->deleteLater();
        });
        watcher->setFuture(coins);
    }
    // Keychain trouble is said before the form is filled in, and Create stays off with the reason until it is fixed.
    if (m_deps.vault) {
        auto *keychainBanner = new KeychainBanner(m_deps.vault, m_ui->formPageWidget);
        m_ui->formPageLayout->insertWidget(0, keychainBanner);
        connect(m_deps.vault, &Vault::keychainStatusChanged, this, &CreateTokenDialog::updateForm);
        if (m_deps.vault->keychainStatus().state == KeychainStatus::State::Unchecked)
            keychainBanner->check();
    }
    m_ui->pagesStackedWidget->setCurrentWidget(m_ui->formPageWidget);
    m_ui->labelLineEdit->setFocus();
    if (editsSettingsOnly()) {
        // The rotation names the new token and asks for the code itself.
        for (QWidget *w :
             std::initializer_list<QWidget *> {m_ui->labelLabel, m_ui->labelLineEdit, m_ui->labelErrorLabel,
                                               m_ui->otpLabel, m_ui->otpLineEdit, m_ui->otpErrorLabel})
            w->hide();
        if (m_coins)
            startFromSettings();
    }
    updateForm();
    m_untouched = request();
}

void CreateTokenDialog::startFromSettings()
{
    if (!fillFromShape(*m_deps.settingsToEdit))
        showMessages(m_ui->formErrorLabel, {tr("Some spending limits could not be shown (unknown coin).")});
    const QString field = m_deps.fieldToEdit;
    if (field == QLatin1String("spendingLimits") && m_limits.isEmpty()) {
        addLimitRow(); // the fix is a limit: start with a row to fill in
        touch(field);
        m_limits.constLast().coin->setFocus(Qt::OtherFocusReason);
    } else if (!field.isEmpty()) {
        goToField(field);
    }
    m_untouched = request();
}

bool CreateTokenDialog::keychainCanStore() const
{
    return editsSettingsOnly() || !m_deps.vault || m_deps.vault->keychainStatus().canStore();
}

CreateTokenDialog::~CreateTokenDialog()
{
    m_ui->tokenLineEdit->clear();
}

void CreateTokenDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        // The language and the default locale change together (Translations::install); a widget keeps the locale
        // it was made with, so the form is moved to the new one here.
        if (locale() != QLocale())
            adoptLocale(QLocale());
        m_ui->retranslateUi(this);
        retranslate();
    }
    QDialog::changeEvent(event);
}

void CreateTokenDialog::adoptLocale(const QLocale &locale)
{
    QStringList baseUnits;
    for (int row = 0; row < m_limits.size(); ++row) {
        QString problem;
        baseUnits.append(baseUnitsOf(row, &problem)); // empty when it does not parse: left as typed
    }
    setLocale(locale);
    for (int row = 0; row < m_limits.size(); ++row) {
        const CoinInfo *coin = m_coins ? m_coins->find(m_limits.at(row).coin->text()) : nullptr;
        if (coin && !baseUnits.at(row).isEmpty())
            m_limits.at(row).amount->setText(Amount::formatLocalized(baseUnits.at(row), coin->decimals, locale));
    }
}

void CreateTokenDialog::retranslate()
{
    setWindowTitle(editsSettingsOnly() ? tr("Settings of the new token — %1").arg(m_deps.environment.name)
                                       : tr("New access token — %1").arg(m_deps.environment.name));
    if (editsSettingsOnly())
        m_ui->createPushButton->setText(tr("&Use these settings"));
    if (m_deps.environment.productionRules)
        m_ui->ipRestrictLabel->setText(tr("&IP allow-list (required):"));
    const QList<LifetimePreset> presets = lifetimePresets();
    for (int i = 0; i < presets.size(); ++i)
        m_ui->lifetimeComboBox->setItemText(i, presets.at(i).text);
    const struct {
        QPushButton *button;
        ScopePreset preset;
    } scopePresets[] = {{m_ui->readOnlyPresetPushButton, ScopePreset::ReadOnly},
                        {m_ui->spenderPresetPushButton, ScopePreset::Spender},
                        {m_ui->walletAdminPresetPushButton, ScopePreset::WalletAdmin},
                        {m_ui->everythingPresetPushButton, ScopePreset::Everything}};
    for (const auto &p : scopePresets)
        p.button->setToolTip(ScopeCatalogue::presetDescription(p.preset));
    m_scopes->retranslate();
    m_ui->spendingLimitsTableWidget->setHorizontalHeaderLabels(
        {tr("Coin"), tr("Lifetime limit"), tr("No cap"), tr("Sent as"), QString()});
    for (const LimitRow &limit : std::as_const(m_limits))
        retranslateLimitRow(limit);
    m_ui->adminScopeComboBox->setItemText(0, tr("Read"));
    m_ui->adminScopeComboBox->setItemText(1, tr("Full"));
    if (m_ui->templateComboBox->count() > 0)
        m_ui->templateComboBox->setItemText(0, tr("From template…"));
    m_ui->revealToolButton->setText(m_ui->revealToolButton->isChecked() ? tr("&Hide") : tr("&Show"));
    if (m_creation && m_creation->progress().created())
        retranslateResult();
    // The validator's messages, the notes beside each limit and the expiry line are worded by updateForm.
    updateForm();
}

void CreateTokenDialog::retranslateResult()
{
    const CreationOutcome &created = m_creation->progress();
    const AccessToken &token = *created.token;
    m_ui->resultInfoLabel->setText(tr("“%1”, id %2, expires %3.")
                                       .arg(token.label.toHtmlEscaped(), token.id,
                                            locale().toString(token.expires.toLocalTime(), QLocale::LongFormat)));
    m_ui->verificationLabel->setText(created.replyVerified
                                         ? QString()
                                         : tr("The server's reply could not be verified (plain sign-in); check the "
                                              "token in BitGo's web page before relying on it."));
    updateResult();
}

void CreateTokenDialog::retranslateLimitRow(const LimitRow &limit)
{
    limit.coin->setAccessibleName(tr("Coin"));
    limit.coin->setPlaceholderText(m_coins ? tr("e.g. tbtc") : tr("loading coins…"));
    limit.amount->setAccessibleName(tr("Lifetime spending limit in coin units"));
    limit.noCap->setText(tr("No cap"));
    limit.noCap->setAccessibleName(tr("No cap"));
    limit.note->setAccessibleName(tr("Amount in base units"));
    limit.remove->setText(tr("Remove"));
    limit.remove->setAccessibleName(tr("Remove this spending limit"));
}

void CreateTokenDialog::setUpLifetime()
{
    for (const LifetimePreset &preset : lifetimePresets())
        m_ui->lifetimeComboBox->addItem(preset.text, preset.seconds);

    const int days = m_deps.settings ? m_deps.settings->defaultTokenLifetimeDays() : Settings::DefaultTokenLifetimeDays;
    const QDateTime now = QDateTime::currentDateTime();
    m_ui->expiryDateTimeEdit->setDateTimeRange(now.addSecs(60 * 60), now.addSecs(s_tenYears));
    m_ui->expiryDateTimeEdit->setDateTime(now.addDays(days));
    const int preset = m_ui->lifetimeComboBox->findData(qint64(days) * s_day);
    m_ui->lifetimeComboBox->setCurrentIndex(preset >= 0 ? preset : m_ui->lifetimeComboBox->count() - 1);
    showPresetExpiry();
}

void CreateTokenDialog::showPresetExpiry()
{
    // Under a preset the date is read-only and shows where that preset ends, never a date the token will not get;
    // choosing "Until a date…" then starts from it.
    const qint64 preset = m_ui->lifetimeComboBox->currentData().toLongLong();
    m_ui->expiryDateTimeEdit->setEnabled(preset == s_customLifetime);
    if (preset != s_customLifetime) {
        const QSignalBlocker quiet(m_ui->expiryDateTimeEdit);
        m_ui->expiryDateTimeEdit->setDateTime(QDateTime::currentDateTime().addSecs(preset));
    }
}

void CreateTokenDialog::setUpScopes()
{
    m_scopeFilter->setSourceModel(m_scopes);
    m_scopeFilter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_scopeFilter->setFilterKeyColumn(-1);
    m_scopeFilter->setRecursiveFilteringEnabled(true);
    m_scopeFilter->setAutoAcceptChildRows(true);
    m_ui->scopeTreeView->setModel(m_scopeFilter);
    m_ui->scopeTreeView->expandAll();
    m_ui->scopeTreeView->header()->setSectionResizeMode(ScopeTreeModel::NameColumn, QHeaderView::ResizeToContents);
    m_ui->scopeTreeView->setMinimumHeight(240);

    const struct {
        QPushButton *button;
        ScopePreset preset;
    } presets[] = {{m_ui->readOnlyPresetPushButton, ScopePreset::ReadOnly},
                   {m_ui->spenderPresetPushButton, ScopePreset::Spender},
                   {m_ui->walletAdminPresetPushButton, ScopePreset::WalletAdmin},
                   {m_ui->everythingPresetPushButton, ScopePreset::Everything}};
    for (const auto &p : presets) {
        const ScopePreset preset = p.preset;
        connect(p.button, &QPushButton::clicked, this, [this, preset] { applyPreset(preset); });
    }
    connect(m_ui->clearScopesPushButton, &QPushButton::clicked, this, [this] {
        touch(QStringLiteral("scope"));
        m_scopes->setCheckedScopes({});
    });
    connect(m_ui->scopeFilterLineEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_scopeFilter->setFilterFixedString(text);
        m_ui->scopeTreeView->expandAll();
    });
    connect(m_scopes, &ScopeTreeModel::checkedScopesChanged, this, [this] {
        touch(QStringLiteral("scope"));
        updateForm();
    });
}

void CreateTokenDialog::setUpLimits()
{
    QTableWidget *table = m_ui->spendingLimitsTableWidget;
    table->setColumnCount(LimitColumnCount); // headers: retranslate()
    table->horizontalHeader()->setSectionResizeMode(NoteColumn, QHeaderView::Stretch);
    table->setColumnWidth(CoinColumn, 130);
    table->setColumnWidth(AmountColumn, 170);
    table->setColumnWidth(NoCapColumn, 80);
    table->setColumnWidth(RemoveColumn, 80);
    table->verticalHeader()->setVisible(false);
    table->setMinimumHeight(120);
    m_ui->adminScopeComboBox->addItem(QString(), QStringLiteral("read")); // "Read", "Full": retranslate()
    m_ui->adminScopeComboBox->addItem(QString(), QStringLiteral("full"));
}

void CreateTokenDialog::connectForm()
{
    const auto edited = [this](const QString &field) {
        return [this, field] {
            touch(field);
            updateForm();
        };
    };
    connect(m_ui->labelLineEdit, &QLineEdit::textEdited, this, edited(QStringLiteral("label")));
    connect(m_ui->otpLineEdit, &QLineEdit::textEdited, this, edited(QStringLiteral("otp")));
    connect(m_ui->ipRestrictLineEdit, &QLineEdit::textEdited, this, edited(QStringLiteral("ipRestrict")));
    connect(m_ui->enterpriseLineEdit, &QLineEdit::textEdited, this, edited(QStringLiteral("enterprise")));
    connect(m_ui->walletScopesLineEdit, &QLineEdit::textEdited, this, edited(QStringLiteral("scope")));
    connect(m_ui->erc20LineEdit, &QLineEdit::textEdited, this, edited(QStringLiteral("allErc20TokensLimit")));
    connect(m_ui->erc20NoCapCheckBox, &QCheckBox::toggled, this, edited(QStringLiteral("allErc20TokensLimit")));
    connect(m_ui->erc20CheckBox, &QCheckBox::toggled, this, [this](bool on) {
        m_ui->erc20LineEdit->setEnabled(on && !m_ui->erc20NoCapCheckBox->isChecked());
        m_ui->erc20NoCapCheckBox->setEnabled(on);
        updateForm();
    });
    connect(m_ui->erc20NoCapCheckBox, &QCheckBox::toggled, this,
            [this](bool on) { m_ui->erc20LineEdit->setEnabled(m_ui->erc20CheckBox->isChecked() && !on); });
    connect(m_ui->adminCheckBox, &QCheckBox::toggled, this, [this](bool on) {
        m_ui->adminScopeComboBox->setEnabled(on);
        touch(QStringLiteral("adminScope"));
        updateForm();
    });
    connect(m_ui->adminScopeComboBox, &QComboBox::currentIndexChanged, this, edited(QStringLiteral("adminScope")));
    connect(m_ui->lifetimeComboBox, &QComboBox::currentIndexChanged, this, [this] {
        showPresetExpiry();
        touch(QStringLiteral("duration"));
        updateForm();
    });
    connect(m_ui->expiryDateTimeEdit, &QDateTimeEdit::dateTimeChanged, this, edited(QStringLiteral("duration")));
    connect(m_ui->addLimitPushButton, &QPushButton::clicked, this, &CreateTokenDialog::addLimitRow);
    connect(m_ui->showRequestPushButton, &QPushButton::toggled, this, [this](bool on) {
        m_ui->requestPlainTextEdit->setVisible(on);
        updateForm();
    });
    connect(m_ui->createPushButton, &QPushButton::clicked, this, &CreateTokenDialog::create);
    m_ui->missingLabel->setTextFormat(Qt::RichText);
    m_ui->missingLabel->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    connect(m_ui->missingLabel, &QLabel::linkActivated, this, [this] { goToField(m_firstBlocking); });
    connect(m_ui->cancelPushButton, &QPushButton::clicked, this, &CreateTokenDialog::reject);

    connect(m_ui->revealToolButton, &QToolButton::toggled, this, [this](bool on) {
        m_ui->tokenLineEdit->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password);
        m_ui->revealToolButton->setText(on ? tr("&Hide") : tr("&Show")); // also in retranslate()
    });
    // The new token leaves the field only through the secret clipboard (marked, cleared): no selection, no plain
    // Ctrl+C, no context menu.
    new SecretFieldGuard(m_ui->tokenLineEdit, [this] { copyToken(false); });
    connect(m_ui->copyPushButton, &QPushButton::clicked, this, [this] { copyToken(false); });
    connect(m_ui->copyOncePushButton, &QPushButton::clicked, this, [this] { copyToken(true); });
    connect(m_ui->retryPushButton, &QPushButton::clicked, this, &CreateTokenDialog::retryStore);
    connect(m_ui->revokeNowPushButton, &QPushButton::clicked, this, &CreateTokenDialog::revokeNow);
    connect(m_ui->revokeSurplusPushButton, &QPushButton::clicked, this, &CreateTokenDialog::revokeSurplus);
    connect(m_ui->closePushButton, &QPushButton::clicked, this, &CreateTokenDialog::reject);
    if (m_deps.clipboard) {
        connect(m_deps.clipboard, &SecretClipboard::remainingChanged, this, [this](int seconds) {
            m_ui->clipboardCountdownLabel->setText(
                seconds > 0 ? tr("Copied. The clipboard is cleared in %n second(s).", nullptr, seconds)
                            : (m_copied ? tr("The clipboard was cleared.") : QString()));
        });
    }
}

void CreateTokenDialog::addLimitRow()
{
    QTableWidget *table = m_ui->spendingLimitsTableWidget;
    const int row = table->rowCount();
    table->insertRow(row);
    LimitRow limit;
    limit.coin = new QLineEdit(table);
    limit.coin->setObjectName(QStringLiteral("coinLineEdit"));
    attachCoinCompleter(limit.coin);
    limit.amount = new QLineEdit(table);
    limit.amount->setObjectName(QStringLiteral("amountLineEdit"));
    limit.noCap = new QCheckBox(table);
    limit.noCap->setObjectName(QStringLiteral("noCapCheckBox"));
    limit.note = new QLabel(table);
    limit.note->setObjectName(QStringLiteral("baseUnitsLabel"));
    limit.note->setTextInteractionFlags(Qt::TextSelectableByMouse);
    limit.remove = new QToolButton(table);
    limit.remove->setObjectName(QStringLiteral("removeLimitToolButton"));
    retranslateLimitRow(limit);
    table->setCellWidget(row, CoinColumn, limit.coin);
    table->setCellWidget(row, AmountColumn, limit.amount);
    table->setCellWidget(row, NoCapColumn, limit.noCap);
    table->setCellWidget(row, NoteColumn, limit.note);
    table->setCellWidget(row, RemoveColumn, limit.remove);

    const auto edited = [this] {
        touch(QStringLiteral("spendingLimits"));
        updateForm();
    };
    connect(limit.coin, &QLineEdit::textChanged, this, edited);
    connect(limit.amount, &QLineEdit::textEdited, this, edited);
    QLineEdit *amount = limit.amount;
    connect(limit.noCap, &QCheckBox::toggled, this, [amount, edited](bool on) {
        amount->setEnabled(!on);
        edited();
    });
    QToolButton *remove = limit.remove;
    connect(remove, &QToolButton::clicked, this, [this, remove] { removeLimitRow(remove); });
    m_limits.append(limit);
    limit.coin->setFocus();
    updateForm();
}

void CreateTokenDialog::coinsArrived(const CoinCatalogue *coins)
{
    m_coins = coins;
    for (const LimitRow &row : std::as_const(m_limits)) {
        attachCoinCompleter(row.coin);
        retranslateLimitRow(row); // the placeholder no longer says "loading"
    }
    if (editsSettingsOnly())
        startFromSettings();
    updateForm();
}

void CreateTokenDialog::attachCoinCompleter(QLineEdit *coinEdit)
{
    if (!m_coins)
        return; // the placeholder says the coins are loading (retranslateLimitRow)
    if (!m_coinNames) {
        // Test environments list testnet coins first.
        const auto order = m_deps.environment.productionRules ? CoinCatalogue::Order::MainnetFirst
                                                              : CoinCatalogue::Order::TestnetFirst;
        QStringList names;
        for (const CoinInfo &coin : m_coins->search(QString(), order))
            names.append(coin.name);
        m_coinNames = new QStringListModel(names, this);
    }
    auto *completer = new QCompleter(m_coinNames, coinEdit);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    coinEdit->setCompleter(completer);
}

void CreateTokenDialog::removeLimitRow(QToolButton *removeButton)
{
    for (int row = 0; row < m_limits.size(); ++row) {
        if (m_limits.at(row).remove == removeButton) {
            m_limits.removeAt(row);
            m_ui->spendingLimitsTableWidget->removeRow(row);
            break;
        }
    }
    touch(QStringLiteral("spendingLimits"));
    m_ui->addLimitPushButton->setFocus();
    updateForm();
}

void CreateTokenDialog::applyPreset(ScopePreset preset)
{
    touch(QStringLiteral("scope"));
    m_scopes->setCheckedScopes(ScopeCatalogue::preset(preset));
}

void CreateTokenDialog::goToField(const QString &field)
{
    const QHash<QString, QWidget *> widgets = {
        {QStringLiteral("label"), m_ui->labelLineEdit},
        {QStringLiteral("otp"), m_ui->otpLineEdit},
        {QStringLiteral("duration"), m_ui->lifetimeComboBox},
        {QStringLiteral("scope"), m_ui->scopeTreeView},
        {QStringLiteral("ipRestrict"), m_ui->ipRestrictLineEdit},
        {QStringLiteral("enterprise"), m_ui->enterpriseLineEdit},
        {QStringLiteral("admin"), m_ui->adminCheckBox},
        {QStringLiteral("adminScope"), m_ui->adminScopeComboBox},
        {QStringLiteral("spendingLimits"), m_ui->spendingLimitsTableWidget},
        {QStringLiteral("allErc20TokensLimit"), m_ui->erc20LineEdit},
    };
    QWidget *widget = widgets.value(field);
    if (!widget)
        return;
    // The field's own message shows from now on, beside it.
    touch(field);
    updateForm();
    m_ui->formScrollArea->ensureWidgetVisible(widget);
    widget->setFocus(Qt::OtherFocusReason);
}

void CreateTokenDialog::touch(const QString &field)
{
    m_touched.insert(field);
    // A server refusal stays beside its field until the user edits that field.
    m_serverIssues.removeIf([&field](const ValidationIssue &issue) { return topField(issue.field) == field; });
}

std::optional<qint64> CreateTokenDialog::durationSeconds() const
{
    const qint64 preset = m_ui->lifetimeComboBox->currentData().toLongLong();
    if (preset != s_customLifetime)
        return preset;
    return QDateTime::currentDateTime().secsTo(m_ui->expiryDateTimeEdit->dateTime());
}

QStringList CreateTokenDialog::walletScopes() const
{
    return splitList(m_ui->walletScopesLineEdit->text());
}

QString CreateTokenDialog::baseUnitsOf(int row, QString *problem) const
{
    const LimitRow &limit = m_limits.at(row);
    const CoinInfo *coin = m_coins ? m_coins->find(limit.coin->text()) : nullptr;
    if (!coin || limit.noCap->isChecked() || limit.amount->text().trimmed().isEmpty())
        return QString();
    Result<QString> parsed = Amount::parseLocalized(limit.amount->text(), coin->decimals, locale());
    if (!parsed) {
        *problem = parsed.error().message;
        return QString();
    }
    return parsed.value();
}

CreateTokenRequest CreateTokenDialog::request() const
{
    CreateTokenRequest r;
    r.label = m_ui->labelLineEdit->text();
    r.otp = m_ui->otpLineEdit->text();
    r.scope = m_scopes->checkedScopes() + walletScopes();
    r.durationSeconds = durationSeconds();
    r.admin = m_ui->adminCheckBox->isChecked();
    if (r.admin)
        r.adminScope = m_ui->adminScopeComboBox->currentData().toString();
    r.ipRestrict = splitList(m_ui->ipRestrictLineEdit->text());
    r.enterprise = m_ui->enterpriseLineEdit->text();
    for (int row = 0; row < m_limits.size(); ++row) {
        const LimitRow &limit = m_limits.at(row);
        SpendingLimit out;
        out.coin = limit.coin->text();
        out.maxLimit = limit.noCap->isChecked();
        if (!out.maxLimit) {
            QString problem;
            out.txValueLimit = baseUnitsOf(row, &problem);
        }
        r.spendingLimits.append(out);
    }
    if (m_ui->erc20CheckBox->isChecked()) {
        Erc20Limit erc20;
        erc20.maxLimit = m_ui->erc20NoCapCheckBox->isChecked();
        if (!erc20.maxLimit)
            erc20.txValueLimit = m_ui->erc20LineEdit->text();
        r.allErc20TokensLimit = erc20;
    }
    return r;
}

QList<ValidationIssue> CreateTokenDialog::issues() const
{
    const CreateTokenRequest r = request();
    QList<ValidationIssue> out =
        validate(r, ValidationContext {m_deps.environment.productionRules, m_limits.isEmpty() ? nullptr : m_coins});
    // Coins cannot be checked (nor amounts converted) before the catalogue is there: nothing is sent until then.
    if (!m_limits.isEmpty() && !m_coins)
        out.append(ValidationIssue {QStringLiteral("spendingLimits"), tr("The coin list is still loading…")});
    if (editsSettingsOnly()) // the rotation names the token and asks for the code
        out.removeIf([](const ValidationIssue &issue) {
            return topField(issue.field) == QLatin1String("label") || topField(issue.field) == QLatin1String("otp");
        });
    // An amount that does not parse leaves txValueLimit empty: report the parser's reason instead of "enter an amount".
    for (int row = 0; row < m_limits.size(); ++row) {
        QString problem;
        (void)baseUnitsOf(row, &problem);
        if (problem.isEmpty())
            continue;
        const QString field = QStringLiteral("spendingLimits[%1].txValueLimit").arg(row);
        out.removeIf([&field](const ValidationIssue &issue) { return issue.field == field; });
        out.append(ValidationIssue {field, problem});
    }
    return out;
}

QString CreateTokenDialog::maskedRequestJson() const
{
    QJsonObject json = request().toJson();
    if (json.contains(QLatin1String("otp")))
        json.insert(QStringLiteral("otp"), QStringLiteral("•••••••"));
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
}

void CreateTokenDialog::updateExpiry()
{
    const std::optional<qint64> seconds = durationSeconds();
    if (!seconds || *seconds < 1) {
        m_ui->expiryLabel->clear();
        return;
    }
    const QDateTime expiry = QDateTime::currentDateTime().addSecs(*seconds);
    m_ui->expiryLabel->setText(tr("Expires %1.").arg(locale().toString(expiry, QLocale::LongFormat)));
    m_ui->lifetimeNoteLabel->setText(
        *seconds > 90 * s_day
            ? tr("BitGo recommends short lifetimes and regular rotation: a long-lived token is a long-lived "
                 "risk if it leaks.")
            : tr("BitGo recommends short lifetimes and regular rotation."));
}

void CreateTokenDialog::updateForm()
{
    const QList<ValidationIssue> local = issues();
    const QList<ValidationIssue> all = local + m_serverIssues;
    const int checkedCount = static_cast<int>(m_scopes->checkedScopes().size());
    QHash<QString, QStringList> messages; // label name → lines
    QStringList missing;
    QStringList unplaced;
    for (qsizetype i = 0; i < all.size(); ++i) {
        const ValidationIssue &issue = all.at(i);
        const QString top = topField(issue.field);
        const bool fromServer = i >= local.size();
        if (!m_touched.contains(top) && !fromServer) {
            if (!missing.contains(top))
                missing.append(top);
            continue;
        }
        QString where;
        if (top == QLatin1String("label"))
            where = QStringLiteral("label");
        else if (top == QLatin1String("otp"))
            where = QStringLiteral("otp");
        else if (top == QLatin1String("duration"))
            where = QStringLiteral("duration");
        else if (top == QLatin1String("scope"))
            where = fieldIndex(issue.field) >= checkedCount ? QStringLiteral("walletScopes") : QStringLiteral("scope");
        else if (top == QLatin1String("ipRestrict"))
            where = QStringLiteral("ipRestrict");
        else if (top == QLatin1String("enterprise"))
            where = QStringLiteral("enterprise");
        else if (top == QLatin1String("admin") || top == QLatin1String("adminScope"))
            where = QStringLiteral("adminScope");
        else if (top == QLatin1String("spendingLimits"))
            where = QStringLiteral("spendingLimits");
        else if (top == QLatin1String("allErc20TokensLimit"))
            where = QStringLiteral("erc20");
        if (where.isEmpty())
            unplaced.append(issue.message);
        else if (!messages[where].contains(issue.message))
            messages[where].append(issue.message);
    }
    showMessages(m_ui->labelErrorLabel, messages.value(QStringLiteral("label")));
    showMessages(m_ui->otpErrorLabel, messages.value(QStringLiteral("otp")));
    showMessages(m_ui->durationErrorLabel, messages.value(QStringLiteral("duration")));
    showMessages(m_ui->scopeErrorLabel, messages.value(QStringLiteral("scope")));
    showMessages(m_ui->walletScopesErrorLabel, messages.value(QStringLiteral("walletScopes")));
    showMessages(m_ui->ipRestrictErrorLabel, messages.value(QStringLiteral("ipRestrict")));
    showMessages(m_ui->enterpriseErrorLabel, messages.value(QStringLiteral("enterprise")));
    showMessages(m_ui->adminScopeErrorLabel, messages.value(QStringLiteral("adminScope")));
    showMessages(m_ui->limitsErrorLabel, messages.value(QStringLiteral("spendingLimits")));
    showMessages(m_ui->erc20ErrorLabel, messages.value(QStringLiteral("erc20")));
    if (!unplaced.isEmpty())
        showMessages(m_ui->formErrorLabel, unplaced);
    const CreateTokenRequest r = request();
    const QList<ValidationIssue> cautioned = cautions(r, ValidationContext {false, m_coins});
    updateLimitNotes(all, cautioned);
    updateExpiry();

    // Funds can move without a cap, or a cap caps nothing: say what that means before the user finds out.
    QStringList warnings;
    bool movesFunds = false;
    for (const QString &scope : r.scope) {
        const std::optional<ScopeInfo> info = ScopeCatalogue::find(ScopeCatalogue::split(scope).base);
        movesFunds = movesFunds || (info && info->movesFunds);
    }
    if (movesFunds && r.spendingLimits.isEmpty() && !r.allErc20TokensLimit)
        warnings.append(tr("Spend or approve scopes without a spending limit: this token will need to be unlocked "
                           "with a one-time code regularly before it can move funds. Add a limit to let it work "
                           "unattended within that limit."));
    for (const ValidationIssue &caution : cautioned)
        warnings.append(caution.message);
    showMessages(m_ui->noLimitWarningLabel, warnings);

    static const QHash<QString, QString> names = {
        {QStringLiteral("label"), tr("a label")},
        {QStringLiteral("otp"), tr("the one-time code")},
        {QStringLiteral("scope"), tr("at least one scope")},
        {QStringLiteral("ipRestrict"), tr("the IP allow-list")},
        {QStringLiteral("duration"), tr("a lifetime")},
        {QStringLiteral("spendingLimits"), tr("the spending limits")},
        {QStringLiteral("allErc20TokensLimit"), tr("the ERC-20 limit")},
    };
    // Every field that keeps Create disabled is named here, below the form: a message beside a field may be
    // scrolled out of view. Activating the line goes to the first of them.
    QStringList missingText;
    for (const QString &field : std::as_const(missing))
        missingText.append(names.value(field, field));
    QStringList wrongText;
    m_firstBlocking.clear();
    for (const ValidationIssue &issue : all) {
        const QString top = topField(issue.field);
        if (m_firstBlocking.isEmpty())
            m_firstBlocking = top;
        const QString name = names.value(top, top);
        if (!missing.contains(top) && !wrongText.contains(name))
            wrongText.append(name);
    }
    QStringList summary;
    if (!missingText.isEmpty())
        summary.append(tr("Still needed: %1.").arg(missingText.join(QStringLiteral(", "))));
    if (!wrongText.isEmpty())
        summary.append(tr("To correct: %1.").arg(wrongText.join(QStringLiteral(", "))));
    if (!keychainCanStore())
        summary.append(KeychainBanner::reason(m_deps.vault->keychainStatus()));
    m_ui->missingLabel->setText(
        summary.isEmpty()
            ? QString()
            : QStringLiteral("<a href=\"#first\">%1</a>").arg(summary.join(QLatin1Char(' ')).toHtmlEscaped()));
    m_ui->missingLabel->setVisible(!summary.isEmpty());
    m_ui->createPushButton->setEnabled(all.isEmpty() && !m_busy && keychainCanStore());
    if (m_ui->requestPlainTextEdit->isVisible())
        m_ui->requestPlainTextEdit->setPlainText(maskedRequestJson());
}

void CreateTokenDialog::updateLimitNotes(const QList<ValidationIssue> &issues, const QList<ValidationIssue> &cautioned)
{
    const bool showErrors = m_touched.contains(QStringLiteral("spendingLimits"));
    for (int row = 0; row < m_limits.size(); ++row) {
        const LimitRow &limit = m_limits.at(row);
        QStringList rowProblems;
        const QString prefix = QStringLiteral("spendingLimits[%1]").arg(row);
        for (const ValidationIssue &issue : issues)
            if (issue.field.startsWith(prefix))
                rowProblems.append(issue.message);
        QString problem;
        const QString base = baseUnitsOf(row, &problem);
        const CoinInfo *coin = m_coins ? m_coins->find(limit.coin->text()) : nullptr;
        if (!m_coins) {
            limit.note->setText(tr("loading coins…"));
            limit.note->setStyleSheet(QString());
        } else if (showErrors && !rowProblems.isEmpty()) {
            limit.note->setText(rowProblems.join(QLatin1Char(' ')));
            styleAsError(limit.note);
        } else if (limit.noCap->isChecked()) {
            limit.note->setText(tr("no cap (maxLimit)"));
            limit.note->setStyleSheet(QString());
        } else if (!base.isEmpty() && coin && std::ranges::any_of(cautioned, [&prefix](const ValidationIssue &c) {
                       return c.field.startsWith(prefix);
                   })) {
            // The whole figure is in the tooltip; the sentence below the table says what is wrong with it.
            limit.note->setText(tr("more than can ever exist"));
            limit.note->setStyleSheet(QStringLiteral("color: #b26a00;"));
        } else if (!base.isEmpty() && coin) {
            limit.note->setText(tr("%1 base units").arg(base));
            limit.note->setStyleSheet(QString());
        } else {
            limit.note->setText(coin ? tr("%1, %n decimal(s)", nullptr, coin->decimals).arg(coin->fullName)
                                     : QString());
            limit.note->setStyleSheet(QString());
        }
        limit.note->setToolTip(base.isEmpty() ? limit.note->text() : tr("Sent as %1 base units").arg(base));
    }
}

void CreateTokenDialog::setBusy(bool busy, const QString &text)
{
    m_busy = busy;
    m_ui->formScrollArea->setEnabled(!busy);
    m_ui->progressBar->setVisible(busy);
    m_ui->progressLabel->setText(text);
    m_ui->createPushButton->setEnabled(!busy && issues().isEmpty() && keychainCanStore());
}

void CreateTokenDialog::create()
{
    if (editsSettingsOnly() && issues().isEmpty()) {
        Q_EMIT settingsChosen(request());
        QDialog::accept();
        return;
    }
    if (m_busy || !issues().isEmpty() || !m_deps.client || !m_deps.vault || !keychainCanStore())
        return;
    showMessages(m_ui->formErrorLabel, {});
    m_surplusIds.clear();
    m_ui->surplusWidget->hide();
    delete m_creation;
    m_creation = new TokenCreation(m_deps.client, m_deps.vault, m_deps.environment.id, m_deps.userId, this);
    connect(m_creation, &TokenCreation::stepStarted, this, &CreateTokenDialog::onCreationStep);
    // One attempt, then the token is handed to this window: the user retries, copies it once, or revokes it.
    m_creation->start(request(), CreationPolicy(), this,
                      [this](const CreationOutcome &outcome) { onCreationEnded(outcome); });
}

void CreateTokenDialog::onCreationStep(CreationStep step)
{
    switch (step) {
    case CreationStep::CheckKeychain:
        // The canary first: a token the keychain cannot hold would exist only in this window.
        setBusy(true, tr("Checking that the keychain can hold the new token…"));
        return;
    case CreationStep::Create:
        setBusy(true, tr("Creating the token…"));
        return;
    case CreationStep::Store:
        if (m_ui->pagesStackedWidget->currentWidget() != m_ui->resultPageWidget)
            showResult();
        m_storeState = StoreState::Storing;
        updateResult();
        return;
    case CreationStep::RecordPending:
    case CreationStep::RevokeUnstored:
    case CreationStep::RevokeSurplus:
    case CreationStep::Finished:
        return;
    }
}

void CreateTokenDialog::onCreationEnded(const CreationOutcome &outcome)
{
    setBusy(false);
    if (!outcome.created()) {
        showCreationFailure(outcome);
        return;
    }
    const AccessToken &token = *outcome.token;
    if (outcome.revokedUnstored) {
        if (!m_revoked)
            recordHistory(HistoryAction::Revoked, token.id, token.label, tr("could not be stored"));
        m_revoked = true;
    } else if (!outcome.revokeError) {
        recordHistory(outcome.stored ? HistoryAction::Stored : HistoryAction::StoreFailed, token.id, token.label,
                      outcome.storeError ? outcome.storeError->message : QString());
    }
    m_storeState = outcome.stored ? StoreState::Stored : StoreState::Failed;
    if (outcome.stored)
        Q_EMIT tokenStored(token.id);
    m_storeError = outcome.storeError ? outcome.storeError->message : QString();
    if (m_ui->surplusWidget->isHidden())
        showSurplus(outcome);
    updateResult();
    if (outcome.revokeError)
        m_ui->keychainStatusLabel->setText(tr("Revoking failed: %1").arg(outcome.revokeError->message));
}

void CreateTokenDialog::showCreationFailure(const CreationOutcome &outcome)
{
    const Error &error = *outcome.error;
    switch (outcome.failedStep) {
    case CreationStep::CheckKeychain:
        showMessages(
            m_ui->formErrorLabel,
            {error.kind == ErrorKind::Cancelled
                 ? error.message
                 : tr("Nothing was sent: the keychain cannot store a new token right now. %1").arg(error.message)});
        return;
    case CreationStep::RecordPending:
        showMessages(m_ui->formErrorLabel, {tr("Nothing was sent: %1").arg(error.message)});
        return;
    default:
        break;
    }
    // Unanswered after the request went out: the server may have made the token. Its pending record stays in the
    // token list ("creation pending") until a list settles it; the form stays as it was.
    if (outcome.mayHaveBeenCreated) {
        const QString what =
            error.kind == ErrorKind::Cancelled ? tr("Cancelled after the request went out.") : error.message;
        showMessages(m_ui->formErrorLabel,
                     {what + QLatin1Char(' ')
                      + tr("The server may already have made the token. It stays in the token list as a pending "
                           "creation until the next refresh settles it; a token made by it is then flagged for "
                           "revocation.")});
        updateForm();
        return;
    }
    if (error.kind == ErrorKind::Cancelled)
        return;
    QString message = error.message;
    if (!error.requestId.isEmpty())
        message += QLatin1Char(' ') + tr("(request id %1)").arg(error.requestId);
    const QString top = topField(error.field);
    static const QStringList placed = {QStringLiteral("label"),          QStringLiteral("otp"),
                                       QStringLiteral("duration"),       QStringLiteral("scope"),
                                       QStringLiteral("ipRestrict"),     QStringLiteral("enterprise"),
                                       QStringLiteral("admin"),          QStringLiteral("adminScope"),
                                       QStringLiteral("spendingLimits"), QStringLiteral("allErc20TokensLimit")};
    if (placed.contains(top)) {
        // The server refused a field the validator accepted: show it there until the user edits it.
        m_serverIssues.append(ValidationIssue {error.field, message});
        showMessages(m_ui->formErrorLabel, {tr("The server refused the request; see the marked field.")});
    } else {
        showMessages(m_ui->formErrorLabel, {message});
    }
    updateForm();
}

void CreateTokenDialog::showResult()
{
    setBusy(false);
    // The result is a few lines: the window fits them instead of keeping the tall form's height (a stack is as
    // tall as its tallest page unless the others are ignored; set while the form shows, or the layout is not told).
    // Lines that appear later grow it again.
    m_ui->formPageWidget->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored);
    m_ui->pagesStackedWidget->setCurrentWidget(m_ui->resultPageWidget);
    m_ui->tokenLineEdit->setText(QString::fromUtf8(m_creation->secret()->bytes()));
    retranslateResult();
    layout()->activate();
    resize(width(), sizeHint().height());
    growToFitResult();
    m_ui->copyPushButton->setFocus();
    const AccessToken &token = *m_creation->progress().token;
    recordHistory(HistoryAction::Created, token.id, token.label);
    Q_EMIT tokenCreated(token);
}

void CreateTokenDialog::retryStore()
{
    if (!m_creation)
        return;
    m_creation->retryStore(this, [this](const CreationOutcome &outcome) { onCreationEnded(outcome); });
}

void CreateTokenDialog::updateResult()
{
    const bool failed = m_storeState == StoreState::Failed && !m_revoked;
    switch (m_storeState) {
    case StoreState::None:
    case StoreState::Storing:
        m_ui->keychainStatusLabel->setText(tr("Storing in your keychain…"));
        m_ui->keychainStatusLabel->setStyleSheet(QString());
        break;
    case StoreState::Stored:
        m_ui->keychainStatusLabel->setText(tr("Stored in your keychain."));
        m_ui->keychainStatusLabel->setStyleSheet(QString());
        break;
    case StoreState::Failed:
        m_ui->keychainStatusLabel->setText(
            m_revoked ? tr("Revoked on the server; nothing to store.")
                      : tr("%1\nRetry, copy it once to keep it elsewhere, or revoke it now.").arg(m_storeError));
        styleAsError(m_ui->keychainStatusLabel);
        break;
    }
    m_ui->retryPushButton->setVisible(failed);
    m_ui->copyOncePushButton->setVisible(failed);
    m_ui->revokeNowPushButton->setVisible(failed);
    m_ui->revokeNowPushButton->setEnabled(failed);
    growToFitResult();
}

void CreateTokenDialog::growToFitResult()
{
    // A top-level window grows only to its minimum by itself: wrapped lines and buttons that appear later would
    // be squeezed. Never shrinks what the user enlarged.
    if (m_ui->pagesStackedWidget->currentWidget() != m_ui->resultPageWidget)
        return;
    layout()->activate();
    if (height() < sizeHint().height())
        resize(width(), sizeHint().height());
}

void CreateTokenDialog::copyToken(bool once)
{
    if (!m_creation || !m_creation->secret() || !m_deps.clipboard)
        return;
    m_deps.clipboard->copy(*m_creation->secret());
    m_copied = true;
    if (once)
        m_ui->clipboardCountdownLabel->setText(
            tr("Copied. Paste it where it belongs before the clipboard is cleared."));
}

void CreateTokenDialog::revokeNow()
{
    if (!m_creation)
        return;
    m_ui->revokeNowPushButton->setEnabled(false);
    m_creation->revokeUnstored(this, [this](const CreationOutcome &outcome) { onCreationEnded(outcome); });
}

void CreateTokenDialog::showSurplus(const CreationOutcome &outcome)
{
    QString text;
    if (!outcome.surplusNotRevoked.isEmpty()) {
        m_surplusIds = outcome.surplusNotRevoked;
        text = tr("The request was sent more than once, and BitGo created extra tokens that nobody holds; these "
                  "could not be revoked: %1. Revoke them.")
                   .arg(m_surplusIds.join(QStringLiteral(", ")));
    } else if (!outcome.surplusRevoked.isEmpty()) {
        text = tr("The request was sent more than once, and BitGo created %n extra token(s) that nobody held: %1. "
                  "They were revoked.",
                  nullptr, static_cast<int>(outcome.surplusRevoked.size()))
                   .arg(outcome.surplusRevoked.join(QStringLiteral(", ")));
    } else if (!outcome.surplusCandidates.isEmpty()) {
        m_surplusIds = outcome.surplusCandidates;
        text = tr("The request was sent more than once. These tokens look like the new one, but may be someone "
                  "else's: %1. Revoke only those that are yours.")
                   .arg(m_surplusIds.join(QStringLiteral(", ")));
    } else if (outcome.surplusUnchecked) {
        text = tr("The request was sent more than once, and whether that made extra tokens could not be checked; "
                  "look at the token list.");
    } else {
        return;
    }
    m_ui->surplusLabel->setText(text);
    m_ui->revokeSurplusPushButton->setVisible(!m_surplusIds.isEmpty());
    m_ui->revokeSurplusPushButton->setEnabled(true);
    m_ui->surplusWidget->setVisible(true);
    growToFitResult();
}

void CreateTokenDialog::revokeSurplus()
{
    if (m_surplusIds.isEmpty())
        return;
    // The user named these (the button lists them): revoking a look-alike is their decision, never ours.
    m_ui->revokeSurplusPushButton->setEnabled(false);
    const QString id = m_surplusIds.constFirst();
    m_deps.client->revokeToken(id, this, [this, id](Result<AccessToken> revoked) {
        if (!revoked) {
            m_ui->surplusLabel->setText(tr("Revoking %1 failed: %2").arg(id, revoked.error().message));
            m_ui->revokeSurplusPushButton->setEnabled(true);
            return;
        }
        recordHistory(HistoryAction::Revoked, id, revoked.value().label, tr("surplus from a silent resend"));
        m_surplusIds.removeAll(id);
        if (!m_surplusIds.isEmpty())
            return revokeSurplus();
        m_ui->surplusLabel->setText(tr("The extra tokens were revoked."));
        m_ui->revokeSurplusPushButton->hide();
    });
}

bool CreateTokenDialog::isTokenSecured() const
{
    return !m_creation || !m_creation->progress().created() || m_storeState == StoreState::Stored || m_copied
        || m_revoked;
}

void CreateTokenDialog::reject()
{
    if (m_busy) {
        // Stops the wait for the keychain (nothing sent) or cancels the call; a token the server already made is
        // still handed over and shown.
        m_creation->cancel();
        return;
    }
    if (!isTokenSecured()) {
        if (!MessageBox::confirm(
                this, tr("Close without keeping the token?"),
                tr("The new token is neither stored in your keychain nor copied. BitGo will never show it again. "
                   "Close anyway?"),
                tr("Close and lose the token")))
            return;
    }
    const bool created = m_creation && m_creation->progress().created();
    // Escape is one key away from a long form: what the user typed is not thrown away without asking.
    if (!created && request() != m_untouched
        && !MessageBox::confirm(this, tr("Discard this form?"),
                                tr("The form has entries that are not saved anywhere. Close and discard them?"),
                                tr("Discard")))
        return;
    m_ui->tokenLineEdit->clear();
    if (m_creation)
        m_creation->clearSecret();
    if (created)
        done(QDialog::Accepted);
    else
        QDialog::reject();
}

// ---- templates and history ------------------------------------------------------------------------

namespace {

/// Field by field: Error grows new members.
Error templateError(ErrorKind kind, const QString &message, const QString &field = {})
{
    Error error;
    error.kind = kind;
    error.message = message;
    error.field = field;
    return error;
}

} // namespace

void CreateTokenDialog::setUpTemplates()
{
    const bool available = m_deps.templates != nullptr;
    m_ui->templateComboBox->setVisible(available);
    m_ui->saveTemplatePushButton->setVisible(available);
    if (!available)
        return;
    reloadTemplates();
    connect(m_ui->templateComboBox, &QComboBox::activated, this, [this](int index) {
        if (index <= 0)
            return;
        const Status applied = applyTemplate(m_ui->templateComboBox->itemText(index));
        if (!applied)
            showMessages(m_ui->formErrorLabel, {applied.error().message});
        m_ui->templateComboBox->setCurrentIndex(0);
    });
    connect(m_ui->saveTemplatePushButton, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Save as template"), tr("Template &name:"),
                                                   QLineEdit::Normal, m_ui->labelLineEdit->text(), &ok);
        if (!ok || name.trimmed().isEmpty())
            return;
        const Status saved = saveAsTemplate(name);
        showMessages(m_ui->formErrorLabel, saved ? QStringList() : QStringList {saved.error().message});
        if (saved)
            m_ui->progressLabel->setText(tr("Saved template “%1”.").arg(name.trimmed()));
    });
}

void CreateTokenDialog::reloadTemplates()
{
    m_ui->templateComboBox->clear();
    m_ui->templateComboBox->addItem(tr("From template…")); // also in retranslate()
    const Result<QList<TokenTemplate>> templates = m_deps.templates->list();
    if (templates) {
        for (const TokenTemplate &t : templates.value())
            m_ui->templateComboBox->addItem(t.name);
    }
    m_ui->templateComboBox->setEnabled(m_ui->templateComboBox->count() > 1);
}

bool CreateTokenDialog::fillFromShape(const CreateTokenRequest &shape)
{
    // Scopes the tree knows are ticked there; the rest (wallet-specific ones) go to the wallet scopes field.
    m_scopes->setCheckedScopes(shape.scope);
    const QStringList ticked = m_scopes->checkedScopes();
    QStringList others;
    for (const QString &scope : shape.scope) {
        if (!ticked.contains(scope))
            others.append(scope);
    }
    m_ui->walletScopesLineEdit->setText(others.join(QStringLiteral(", ")));
    if (shape.durationSeconds) {
        const int preset = m_ui->lifetimeComboBox->findData(*shape.durationSeconds);
        const int index = preset >= 0 ? preset : m_ui->lifetimeComboBox->findData(s_customLifetime);
        m_ui->lifetimeComboBox->setCurrentIndex(index);
        showPresetExpiry();
        if (preset < 0)
            m_ui->expiryDateTimeEdit->setDateTime(QDateTime::currentDateTime().addSecs(*shape.durationSeconds));
    }
    m_ui->adminCheckBox->setChecked(shape.admin);
    if (const int admin = m_ui->adminScopeComboBox->findData(shape.adminScope); admin >= 0)
        m_ui->adminScopeComboBox->setCurrentIndex(admin);
    m_ui->ipRestrictLineEdit->setText(shape.ipRestrict.join(QStringLiteral(", ")));
    m_ui->enterpriseLineEdit->setText(shape.enterprise);
    m_ui->erc20CheckBox->setChecked(shape.allErc20TokensLimit.has_value());
    if (shape.allErc20TokensLimit) {
        m_ui->erc20NoCapCheckBox->setChecked(shape.allErc20TokensLimit->maxLimit);
        m_ui->erc20LineEdit->setText(shape.allErc20TokensLimit->txValueLimit);
    }
    while (!m_limits.isEmpty())
        removeLimitRow(m_limits.constLast().remove);
    bool complete = true;
    for (const SpendingLimit &limit : shape.spendingLimits) {
        // The form shows coin units; the shape holds base units. Without the coin list they cannot be converted.
        const CoinInfo *coin = m_coins ? m_coins->find(limit.coin) : nullptr;
        const Result<QString> amount = coin && !limit.maxLimit
            ? Amount::fromBaseUnits(limit.txValueLimit, coin->decimals)
            : Result<QString>(QString());
        if ((!coin || !amount) && !limit.maxLimit) {
            complete = false;
            continue;
        }
        addLimitRow();
        const LimitRow &row = m_limits.constLast();
        row.coin->setText(limit.coin);
        row.noCap->setChecked(limit.maxLimit);
        QString text = amount.value();
        row.amount->setText(text.replace(QLatin1Char('.'), locale().decimalPoint()));
    }
    for (const QString &field : {QStringLiteral("scope"), QStringLiteral("duration"), QStringLiteral("ipRestrict"),
                                 QStringLiteral("enterprise"), QStringLiteral("spendingLimits")})
        touch(field);
    updateForm();
    return complete;
}

Status CreateTokenDialog::applyTemplate(const QString &name)
{
    if (!m_deps.templates)
        return templateError(ErrorKind::NotFound, tr("No templates are available."));
    const Result<TokenTemplate> found = m_deps.templates->find(name);
    if (!found)
        return found.error();
    if (!fillFromShape(found.value().shape))
        return templateError(ErrorKind::Validation,
                             tr("The template's spending limits could not be filled in (unknown coin, or the coin "
                                "list is still loading)."),
                             QStringLiteral("spendingLimits"));
    return Done {};
}

Status CreateTokenDialog::saveAsTemplate(const QString &name)
{
    if (!m_deps.templates)
        return templateError(ErrorKind::NotFound, tr("No templates are available."));
    // A template is a shape that would pass the validator: only the label and the code may still be missing.
    for (const ValidationIssue &issue : issues()) {
        const QString top = topField(issue.field);
        if (top != QLatin1String("label") && top != QLatin1String("otp"))
            return templateError(ErrorKind::Validation, tr("Fix the form first: %1").arg(issue.message), issue.field);
    }
    Status saved = m_deps.templates->save(TokenTemplate::fromRequest(name, request()));
    if (saved)
        reloadTemplates();
    return saved;
}

void CreateTokenDialog::recordHistory(HistoryAction action, const QString &tokenId, const QString &label,
                                      const QString &detail)
{
    if (!m_deps.history)
        return;
    HistoryEntry entry;
    entry.action = action;
    entry.environmentId = m_deps.environment.id;
    entry.user = m_deps.username.isEmpty() ? m_deps.userId : m_deps.username;
    entry.tokenId = tokenId;
    entry.label = label;
    entry.origin = QStringLiteral("gui");
    entry.detail = detail;
    // The token itself is fine; a history that cannot be written is only worth a warning in the log.
    if (const Status appended = m_deps.history->append(entry); !appended)
        qWarning("history: %s", qPrintable(appended.error().message));
}

} // namespace bgtm
