#include "ExpiryBanner.h"

#include "itemmodels/TokenTableModel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>

namespace bgtm {

ExpiryBanner::ExpiryBanner(QWidget *parent)
    : QFrame(parent),
      m_label(new QLabel(this)),
      m_rotateButton(new QPushButton(this)),
      m_dismissButton(new QToolButton(this))
{
    setObjectName(QStringLiteral("expiryBannerFrame"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::ToolTipBase); // a notice, not an error: the message bar keeps the error colour
    m_label->setObjectName(QStringLiteral("expiryBannerLabel"));
    m_label->setWordWrap(true);
    m_label->setForegroundRole(QPalette::ToolTipText);
    m_rotateButton->setObjectName(QStringLiteral("rotateExpiringButton"));
    m_dismissButton->setObjectName(QStringLiteral("dismissExpiryToolButton"));
    m_dismissButton->setAutoRaise(true);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_rotateButton);
    layout->addWidget(m_dismissButton);
    connect(m_rotateButton, &QPushButton::clicked, this, [this]() { Q_EMIT rotateRequested(m_tokenIds); });
    connect(m_dismissButton, &QToolButton::clicked, this, &QWidget::hide);
    retranslate();
    hide();
}

void ExpiryBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

void ExpiryBanner::retranslate()
{
    m_rotateButton->setText(tr("&Rotate…"));
    m_rotateButton->setToolTip(tr("Replace these tokens with new ones, then revoke the old ones"));
    m_dismissButton->setText(tr("Dismiss"));
    m_label->setText(m_tokens.isEmpty() ? QString() : describe(m_tokens, m_days, m_now));
}

QString ExpiryBanner::describe(const QList<AccessToken> &tokens, int days, const QDateTime &now)
{
    QStringList names;
    for (const AccessToken &token : tokens) {
        names.append(tr("%1 (%2)").arg(token.label.isEmpty() ? token.id : token.label,
                                       TokenTableModel::relativeTime(token.expires, now)));
    }
    return tr("%n token(s) expire within %1 days: %2", nullptr, int(tokens.size()))
        .arg(days)
        .arg(names.join(QStringLiteral(", ")));
}

void ExpiryBanner::showTokens(const QList<AccessToken> &tokens, int days, const QDateTime &now)
{
    m_tokenIds.clear();
    for (const AccessToken &token : tokens)
        m_tokenIds.append(token.id);
    m_tokens = tokens;
    m_days = days;
    m_now = now;
    retranslate();
    if (tokens.isEmpty()) {
        hide();
        return;
    }
    show();
}

} // namespace bgtm
