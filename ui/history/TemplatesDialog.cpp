#include "TemplatesDialog.h"
#include "ui_TemplatesDialog.h"

#include "MessageBox.h"

#include <QEvent>
#include <QFileDialog>
#include <QJsonDocument>
#include <QPushButton>

namespace bgtm {

TemplatesDialog::TemplatesDialog(TokenTemplates *templates, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::TemplatesDialog>()), m_templates(templates)
{
    m_ui->setupUi(this);
    connect(m_ui->templatesListWidget, &QListWidget::currentRowChanged, this, &TemplatesDialog::showSelected);
    connect(m_ui->deletePushButton, &QPushButton::clicked, this, &TemplatesDialog::deleteSelected);
    connect(m_ui->importPushButton, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getOpenFileName(this, tr("Import templates"), {}, tr("Templates (*.json);;All files (*)"));
        if (!path.isEmpty())
            importFile(path);
    });
    connect(m_ui->exportPushButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export templates"), QStringLiteral("token-templates.json"), tr("Templates (*.json)"));
        if (!path.isEmpty())
            exportFile(path);
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &TemplatesDialog::reject);
    reload();
}

TemplatesDialog::~TemplatesDialog() = default;

void TemplatesDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        m_ui->retranslateUi(this);
    QDialog::changeEvent(event);
}

void TemplatesDialog::reload()
{
    m_ui->templatesListWidget->clear();
    m_list.clear();
    const Result<QList<TokenTemplate>> list = m_templates->list();
    if (!list) {
        report(list.error().message, true);
    } else {
        m_list = list.value();
        for (const TokenTemplate &t : std::as_const(m_list))
            m_ui->templatesListWidget->addItem(t.name);
    }
    m_ui->exportPushButton->setEnabled(!m_list.isEmpty());
    if (!m_list.isEmpty())
        m_ui->templatesListWidget->setCurrentRow(0);
    showSelected();
}

void TemplatesDialog::showSelected()
{
    const int row = m_ui->templatesListWidget->currentRow();
    const bool valid = row >= 0 && row < m_list.size();
    m_ui->deletePushButton->setEnabled(valid);
    m_ui->shapePlainTextEdit->setPlainText(
        valid ? QString::fromUtf8(QJsonDocument(m_list.at(row).shape.toJson()).toJson(QJsonDocument::Indented))
              : QString());
}

void TemplatesDialog::deleteSelected()
{
    const int row = m_ui->templatesListWidget->currentRow();
    if (row < 0 || row >= m_list.size())
        return;
    const QString name = m_list.at(row).name;
    if (!MessageBox::confirm(this, tr("Delete template"), tr("Delete the template “%1”?").arg(name), tr("Delete")))
        return;
    const Status removed = m_templates->remove(name);
    reload();
    report(removed ? tr("Deleted “%1”.").arg(name) : removed.error().message, !removed);
}

Status TemplatesDialog::importFile(const QString &path)
{
    const Result<QStringList> imported = m_templates->importFrom(path);
    reload();
    if (!imported) {
        report(imported.error().message, true);
        return imported.error();
    }
    report(tr("Imported %n template(s): %1", nullptr, int(imported.value().size()))
               .arg(imported.value().join(QStringLiteral(", "))),
           false);
    return Done {};
}

Status TemplatesDialog::exportFile(const QString &path)
{
    Status exported = m_templates->exportTo(path);
    report(exported ? tr("Wrote %n template(s) to %1.", nullptr, int(m_list.size())).arg(path)
                    : exported.error().message,
           !exported);
    return exported;
}

void TemplatesDialog::report(const QString &text, bool error)
{
    // A fixed red reads on light and dark palettes (as in the editor).
    m_ui->messageLabel->setStyleSheet(error ? QStringLiteral("color: #d32f2f;") : QString());
    m_ui->messageLabel->setText(text);
}

} // namespace bgtm
