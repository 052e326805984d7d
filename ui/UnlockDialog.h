#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class UnlockDialog;
}

namespace bgtm {

/// Asks for the one-time code and a duration (1–60 minutes: BitGo allows at most 3600 s, protocol doc §5),
/// after saying plainly that unlocking removes spending limits.
class UnlockDialog : public QDialog
{
    Q_OBJECT
public:
    explicit UnlockDialog(QWidget *parent = nullptr);
    ~UnlockDialog() override;

    [[nodiscard]] QString otp() const;
    [[nodiscard]] int durationSeconds() const;
    void accept() override;

private:
    std::unique_ptr<Ui::UnlockDialog> m_ui;
};

} // namespace bgtm
