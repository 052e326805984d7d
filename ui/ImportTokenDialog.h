#pragma once

#include "SecretBytes.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ImportTokenDialog;
}

namespace bgtm {

/// Label + pasted token (masked). The token leaves the dialog once, through takeToken(), which clears the field.
class ImportTokenDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ImportTokenDialog(QWidget *parent = nullptr);
    ~ImportTokenDialog() override;

    [[nodiscard]] QString label() const;
    [[nodiscard]] SecretBytes takeToken();
    void accept() override;

private:
    std::unique_ptr<Ui::ImportTokenDialog> m_ui;
};

} // namespace bgtm
