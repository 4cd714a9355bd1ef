package org.homeward.ui.snapshots;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;

import org.homeward.snapshot.PortfolioSnapshot;
import org.homeward.snapshot.PortfolioSnapshots;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;

/**
 * Chooses what a view reads: the live data (no value) or a ready portfolio snapshot, with a notice saying which
 * snapshot is shown. The choice follows the address ({@code ?snapshot=<id>}), so a view of a snapshot can be
 * bookmarked and its figures found again later.
 */
public class SnapshotChoice extends Composite<VerticalLayout> {

    public static final String PARAMETER = "snapshot";

    final Select<PortfolioSnapshot> source = new Select<>();
    final Paragraph notice = new Paragraph();
    private final String route;

    public SnapshotChoice(PortfolioSnapshots snapshots, String route) {
        this.route = route;
        List<PortfolioSnapshot> ready = snapshots.list().stream().filter(PortfolioSnapshot::ready).toList();
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        source.setId("data-source");
        source.setLabel(getTranslation("snapshot.source"));
        source.setEmptySelectionAllowed(true);
        source.setEmptySelectionCaption(getTranslation("snapshot.live"));
        source.setItems(ready);
        source.setItemLabelGenerator(snapshot -> snapshot == null ? getTranslation("snapshot.live")
                : getTranslation("snapshot.choice", snapshot.name(), date.format(snapshot.asKnownOn())));
        source.setVisible(!ready.isEmpty());
        notice.setId("snapshot-notice");
        notice.addClassName("snapshot-notice");
        notice.setVisible(false);
        source.addValueChangeListener(change -> {
            PortfolioSnapshot chosen = change.getValue();
            notice.setVisible(chosen != null);
            if (chosen != null) {
                notice.setText(getTranslation("snapshot.notice", chosen.name(), date.format(chosen.asKnownOn()),
                        chosen.builtBy(), chosen.upToPosition()));
            }
            if (change.isFromClient()) {
                source.getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, new Location(route,
                        chosen == null ? QueryParameters.empty() : QueryParameters.of(PARAMETER, chosen.id().toString()))));
            }
        });
        getContent().add(source, notice);
        getContent().setPadding(false);
        getContent().setSpacing(false);
    }

    /** The snapshot chosen; empty for the live data. */
    public Optional<PortfolioSnapshot> chosen() {
        return Optional.ofNullable(source.getValue());
    }

    /**
     * Chooses the snapshot the address names, if it is ready; false (and the live data stays chosen) when the
     * address names none that is.
     */
    public boolean choose(String id) {
        Optional<PortfolioSnapshot> wanted = source.getListDataView().getItems()
                .filter(snapshot -> snapshot.id().toString().equals(id)).findFirst();
        wanted.ifPresent(source::setValue);
        return wanted.isPresent();
    }

    public Select<PortfolioSnapshot> select() {
        return source;
    }
}
