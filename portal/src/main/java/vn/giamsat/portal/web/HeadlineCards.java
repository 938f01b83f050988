package vn.giamsat.portal.web;

import java.util.List;
import java.util.Locale;

/**
 * Headline figures as cards, worded for the reader: the home page's for all published units, a province page's for
 * that province's units. One wording for both, so that the same number reads the same on either page.
 */
record HeadlineCards(String heading, List<Card> cards) {

    /**
     * A headline card: its label, its value as the reader sees it, and what it was computed from.
     *
     * @param style "unavailable" (a sentence instead of a number) or "long" (several numbers), else null
     */
    record Card(String label, String value, String detail, String style) {}

    static HeadlineCards of(HeadlineFigures h, FiguresPresenter presenter, Locale locale) {
        String units = Integer.toString(h.units());
        Card received = new Card(presenter.message("home.cards.received", locale),
                h.received().count() == null ? presenter.message("count.notReported", locale)
                        : java.text.NumberFormat.getIntegerInstance(locale).format(h.received().count()),
                presenter.message("home.cards.units", locale, Integer.toString(h.received().reporting()), units),
                h.received().count() == null ? "unavailable" : null);
        Card onTime = shareCard("home.cards.onTime", h.onTime(), units, presenter, locale);
        Card online = shareCard("home.cards.online", h.online(), units, presenter, locale);
        Card change = h.previous().map(c -> new Card(presenter.message("home.cards.change", locale),
                c.receivedChange() == null && c.onTimePoints() == null && c.onlinePoints() == null
                        ? presenter.message("trend.notComparable", locale) : String.join("; ",
                        presenter.message("home.cards.changeReceived", locale, presenter.signedCount(c.receivedChange(), locale)),
                        presenter.message("home.cards.changeOnTime", locale, presenter.points(c.onTimePoints(), locale)),
                        presenter.message("home.cards.changeOnline", locale, presenter.points(c.onlinePoints(), locale))),
                presenter.message("home.cards.previous", locale, presenter.period(c.from(), c.to(), locale),
                        Integer.toString(c.commonUnits())), "long"))
                .orElse(new Card(presenter.message("home.cards.change", locale),
                        presenter.message("home.cards.noPrevious", locale), null, "unavailable"));
        return new HeadlineCards(presenter.message("home.cards.heading", locale, presenter.period(h.from(), h.to(), locale)),
                List.of(received, onTime, online, change));
    }

    private static Card shareCard(String label, HeadlineFigures.Share share, String units, FiguresPresenter presenter,
                                  Locale locale) {
        return new Card(presenter.message(label, locale),
                share.rate().percentText(locale).orElse(presenter.message("home.cards.notEnough", locale)),
                presenter.message("home.cards.rateUnits", locale, Integer.toString(share.reporting()), units),
                share.rate().isAvailable() ? null : "unavailable");
    }
}
