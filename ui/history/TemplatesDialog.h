#pragma once

#include "history/TokenTemplates.h"

#include <QDialog>

#include <memory>

namespace Ui {
class TemplatesDialog;
}

namespace bgtm {

/// Manage the saved token templates: see each shape, delete, and share them as JSON files
/// (import / export). Templates are saved from the token editor ("Save as template…").
class TemplatesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit TemplatesDialog(TokenTemplates *templates, QWidget *parent = nullptr);
    ~TemplatesDialog() override;

    void reload();
    /// What "Import…" and "Export…" do after their file dialogs; public for tests.
    Status importFile(const QString &path);
    Status exportFile(const QString &path);

protected:
    /// The form retranslates itself; a message already shown keeps its words.
    void changeEvent(QEvent *event) override;

private:
    void showSelected();
    void deleteSelected();
    void report(const QString &text, bool error);

    std::unique_ptr<Ui::TemplatesDialog> m_ui;
    TokenTemplates *m_templates;
    QList<TokenTemplate> m_list;
};

} // namespace bgtm
