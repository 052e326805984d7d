#pragma once

#include "model/CreateTokenRequest.h"
#include "review/SecurityReview.h"

#include <QDialog>
#include <QList>

#include <memory>

class QTreeWidgetItem;

namespace Ui {
class SecurityReviewDialog;
}

namespace bgtm {

/// The security review: per token its findings with reason and fix. "Fix" hands the finding's suggested
/// request to rotation (fixRequested); findings whose fix needs the user's own values (limits, addresses) have none.
class SecurityReviewDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SecurityReviewDialog(const QList<TokenReview> &reviews, QWidget *parent = nullptr);
    ~SecurityReviewDialog() override;

Q_SIGNALS:
    /// Rotate with the finding's fix: its suggested request, or the token's shape opened at the finding's field.
    void fixRequested(const QString &tokenId, const bgtm::Finding &finding);
    /// Rotate the selected token (a token row or one of its findings) as it is.
    void rotateRequested(const QString &tokenId);

protected:
    void changeEvent(QEvent *event) override;

private:
    /// Every text this class sets in code (the form's are retranslateUi's): at construction and on LanguageChange.
    void retranslate();
    void updateFixButton();
    /// The token of the selected row (a token or one of its findings); empty when nothing is selected.
    [[nodiscard]] QString selectedTokenId() const;
    void fixSelected();
    [[nodiscard]] const Finding *selectedFinding(QString *tokenId = nullptr) const;

    std::unique_ptr<Ui::SecurityReviewDialog> m_ui;
    QList<TokenReview> m_reviews;
};

} // namespace bgtm
