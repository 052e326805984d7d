#pragma once

#include "model/AccessToken.h"

#include <QDateTime>
#include <QFrame>
#include <QStringList>

class QLabel;
class QPushButton;
class QToolButton;

namespace bgtm {

/// The in-window expiry notice, used where no system tray is: which tokens expire soon, with Rotate.
class ExpiryBanner : public QFrame
{
    Q_OBJECT
public:
    explicit ExpiryBanner(QWidget *parent = nullptr);

    /// Shows the banner for these tokens (soonest first); hides it when the list is empty.
    void showTokens(const QList<AccessToken> &tokens, int days, const QDateTime &now);
    [[nodiscard]] QStringList tokenIds() const { return m_tokenIds; }
    /// The one-line text used by the banner and the tray message alike.
    [[nodiscard]] static QString describe(const QList<AccessToken> &tokens, int days, const QDateTime &now);

Q_SIGNALS:
    void rotateRequested(const QStringList &tokenIds);

protected:
    void changeEvent(QEvent *event) override;

private:
    /// Every text this class sets in code: at construction, when shown and on LanguageChange.
    void retranslate();

    QLabel *m_label;
    QPushButton *m_rotateButton;
    QToolButton *m_dismissButton;
    QStringList m_tokenIds;
    QList<AccessToken> m_tokens; ///< what the banner shows, to word it again after a language switch
    int m_days = 0;
    QDateTime m_now;
};

} // namespace bgtm
