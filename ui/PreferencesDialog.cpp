#include "PreferencesDialog.h"
#include "ui_PreferencesDialog.h"

#include "settings/Settings.h"

#include <QEvent>
#include <QHeaderView>
#include <QPushButton>
#include <QUrl>

#include <algorithm>

namespace bgtm {

namespace {
enum CustomColumn { NameColumn, UrlColumn, ProductionColumn, AuthV2Column, XpubColumn };

QTableWidgetItem *checkItem(bool checked)
{
    auto *check = new QTableWidgetItem;
    check->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    check->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    return check;
}
} // namespace

PreferencesDialog::PreferencesDialog(Settings *settings, QList<EnvironmentChoice> builtInEnvironments, QWidget *parent)
    : QDialog(parent),
      m_ui(std::make_unique<Ui::PreferencesDialog>()),
      m_settings(settings),
      m_builtIn(std::move(builtInEnvironments))
{
    m_ui->setupUi(this);
    m_ui->customTableWidget->horizontalHeader()->setStretchLastSection(true);
    m_ui->languageComboBox->addItem(QString(), QString()); // "System language", worded by retranslate()
    m_ui->languageComboBox->addItem(QStringLiteral("English"), QStringLiteral("en"));
    // Each language under its own name, so that it can be found whatever language is showing (applied on OK, at
    // once: MainWindow installs it; translations/ holds one .ts file per language).
    m_ui->languageComboBox->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_ui->languageComboBox->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    QPalette p = m_ui->environmentErrorLabel->palette();
    p.setColor(QPalette::WindowText, QColor(0xd3, 0x2f, 0x2f));
    m_ui->environmentErrorLabel->setPalette(p);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);
    connect(m_ui->addEnvironmentPushButton, &QPushButton::clicked, this, [this] {
        addEnvironmentRow(tr("My server"), QStringLiteral("https://"), false, QString(), HmacVersion::V3);
        m_ui->customTableWidget->setCurrentCell(m_ui->customTableWidget->rowCount() - 1, NameColumn);
        m_ui->customTableWidget->editItem(m_ui->customTableWidget->currentItem());
    });
    connect(m_ui->removeEnvironmentPushButton, &QPushButton::clicked, this, [this] {
        const int row = m_ui->customTableWidget->currentRow();
        if (row >= 0)
            m_ui->customTableWidget->removeRow(row);
    });
    m_ui->neverWarningLabel->setStyleSheet(QStringLiteral("color: #b26a00;"));
    connect(m_ui->clipboardSpinBox, &QSpinBox::valueChanged, this, &PreferencesDialog::warnOfNever);
    connect(m_ui->idleSpinBox, &QSpinBox::valueChanged, this, &PreferencesDialog::warnOfNever);
    load();
    retranslate();
}

void PreferencesDialog::warnOfNever()
{
    // "never" is allowed (a desk nobody else can reach), but it gives up a protection: say which, as it is chosen.
    QStringList warnings;
    if (m_ui->clipboardSpinBox->value() == 0)
        warnings.append(tr("A copied token stays on the clipboard until something else is copied or the app quits; "
                           "any program, and clipboard history, can read it until then."));
    if (m_ui->idleSpinBox->value() == 0)
        warnings.append(tr("The app never locks by itself: anyone at this desk can copy your tokens while you are "
                           "away (Ctrl+L and the screen lock still lock it)."));
    m_ui->neverWarningLabel->setText(warnings.join(QLatin1Char('\n')));
    m_ui->neverWarningLabel->setVisible(!warnings.isEmpty());
}

void PreferencesDialog::fitEnvironmentColumns()
{
    // Headers and values whole; the URL is typed into, so it gets room for a typical address even while empty.
    QTableWidget *t = m_ui->customTableWidget;
    t->resizeColumnsToContents();
    const int urlRoom = t->fontMetrics().horizontalAdvance(QStringLiteral("https://app.bitgo-test.com/")) + 16;
    t->setColumnWidth(UrlColumn, std::max(t->columnWidth(UrlColumn), urlRoom));
}

void PreferencesDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QDialog::changeEvent(event);
}

void PreferencesDialog::retranslate()
{
    m_ui->languageComboBox->setItemText(0, tr("System language"));
    warnOfNever();
    fitEnvironmentColumns();
}

PreferencesDialog::~PreferencesDialog() = default;

void PreferencesDialog::addEnvironmentRow(const QString &name, const QString &url, bool production, const QString &xpub,
                                          HmacVersion hmacVersion)
{
    QTableWidget *t = m_ui->customTableWidget;
    const int row = t->rowCount();
    t->insertRow(row);
    t->setItem(row, NameColumn, new QTableWidgetItem(name));
    t->setItem(row, UrlColumn, new QTableWidgetItem(url));
    t->setItem(row, ProductionColumn, checkItem(production));
    t->setItem(row, AuthV2Column, checkItem(hmacVersion == HmacVersion::V2));
    t->setItem(row, XpubColumn, new QTableWidgetItem(xpub));
    fitEnvironmentColumns();
}

void PreferencesDialog::load()
{
    m_ui->clipboardSpinBox->setValue(static_cast<int>(m_settings->clipboardClearDelay().count()));
    m_ui->idleSpinBox->setValue(m_settings->lockAfterIdleMinutes());
    m_ui->lifetimeSpinBox->setValue(m_settings->defaultTokenLifetimeDays());
    m_ui->warningSpinBox->setValue(m_settings->expiryWarningDays());
    m_ui->reviewMaxLifetimeSpinBox->setValue(m_settings->reviewMaxLifetimeDays());
    for (const EnvironmentChoice &e : std::as_const(m_builtIn))
        m_ui->defaultEnvironmentComboBox->addItem(e.displayName(), e.id);
    for (const CustomEnvironment &c : m_settings->customEnvironments()) {
        addEnvironmentRow(c.name, c.baseUrl, c.productionRules, c.serverXpub, c.hmacVersion);
        const QString id = c.toEnvironment().id;
        if (m_ui->defaultEnvironmentComboBox->findData(id) < 0)
            m_ui->defaultEnvironmentComboBox->addItem(c.name, id);
    }
    const int env = m_ui->defaultEnvironmentComboBox->findData(m_settings->defaultEnvironmentId());
    m_ui->defaultEnvironmentComboBox->setCurrentIndex(env >= 0 ? env : 0);
    const int lang = m_ui->languageComboBox->findData(m_settings->language());
    m_ui->languageComboBox->setCurrentIndex(lang >= 0 ? lang : 0);
}

void PreferencesDialog::accept()
{
    QList<CustomEnvironment> custom;
    QTableWidget *t = m_ui->customTableWidget;
    for (int row = 0; row < t->rowCount(); ++row) {
        CustomEnvironment c;
        c.name = t->item(row, NameColumn)->text().trimmed();
        c.baseUrl = t->item(row, UrlColumn)->text().trimmed();
        c.productionRules = t->item(row, ProductionColumn)->checkState() == Qt::Checked;
        c.serverXpub = t->item(row, XpubColumn)->text().trimmed();
        c.hmacVersion = t->item(row, AuthV2Column)->checkState() == Qt::Checked ? HmacVersion::V2 : HmacVersion::V3;
        const QString problem = c.name.isEmpty() ? tr("Row %1: give the environment a name.").arg(row + 1)
            : !QUrl(c.baseUrl).isValid() || QUrl(c.baseUrl).host().isEmpty()
            ? tr("Row %1: the base URL is not a valid URL.").arg(row + 1)
            : c.toEnvironment().transportProblem();
        if (!problem.isEmpty()) {
            m_ui->environmentErrorLabel->setText(problem);
            t->setCurrentCell(row, UrlColumn);
            t->setFocus();
            return;
        }
        custom.append(c);
    }
    m_settings->setClipboardClearDelay(std::chrono::seconds(m_ui->clipboardSpinBox->value()));
    m_settings->setLockAfterIdleMinutes(m_ui->idleSpinBox->value());
    m_settings->setDefaultTokenLifetimeDays(m_ui->lifetimeSpinBox->value());
    m_settings->setExpiryWarningDays(m_ui->warningSpinBox->value());
    m_settings->setReviewMaxLifetimeDays(m_ui->reviewMaxLifetimeSpinBox->value());
    m_settings->setDefaultEnvironmentId(m_ui->defaultEnvironmentComboBox->currentData().toString());
    m_settings->setLanguage(m_ui->languageComboBox->currentData().toString());
    m_settings->setCustomEnvironments(custom);
    m_settings->sync();
    QDialog::accept();
}

} // namespace bgtm
