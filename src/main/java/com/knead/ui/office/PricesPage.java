package com.knead.ui.office;

import com.knead.control.Tasks;
import com.knead.control.office.ModalitiesController;
import com.knead.control.office.PrepaidOffersController;
import com.knead.control.office.PricesController;
import com.knead.domain.StaffMember;
import com.knead.ui.common.Sentence;
import com.knead.usecase.ChangePrice;
import com.knead.usecase.EditModalities;
import com.knead.usecase.EditPrepaidOffers;
import java.awt.Dimension;
import java.awt.event.FocusAdapter;
import java.awt.event.FocusEvent;
import java.util.function.Supplier;
import javax.swing.DefaultListModel;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTabbedPane;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.ListSelectionModel;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import net.miginfocom.swing.MigLayout;

/**
 * The office's "Prices" tab: the price list with today's price and any waiting to take effect, a new
 * price typed into a row from the "effective from" day, the history of changes, and the editors of
 * the modalities and of the packages and gift cards. It draws {@link PricesController}'s state and forwards what the owner types.
 */
final class PricesPage extends JPanel implements OfficePage, PricesController.View {

    private final PricesController prices;
    private final ModalitiesController modalities;
    private final ModalityEditor editor;
    private final PrepaidOffersController prepaid;
    private final PrepaidOfferEditor prepaidEditor;
    private final JTextField from = new JTextField(10);
    private final Sentence fromProblem = new Sentence("deskProblem");
    private final PriceTableModel model;
    private final JTable table;
    private final Sentence problem = new Sentence("deskProblem");
    private final Sentence result = new Sentence("deskDone");
    private final DefaultListModel<String> historyLines = new DefaultListModel<>();
    private final JList<String> history = new JList<>(historyLines);
    private boolean showing;

    PricesPage(ChangePrice change, EditModalities edit, EditPrepaidOffers offers, Supplier<StaffMember> unlockedBy,
               Tasks tasks) {
        super(new MigLayout("insets 12, wrap 1, fill", "[grow, fill]", "[][grow, fill][pref!][][]"));
        setName("office.pricesPage");
        prices = new PricesController(change, unlockedBy, tasks);
        prepaid = new PrepaidOffersController(offers, change, unlockedBy, tasks, prices::refresh);
        modalities = new ModalitiesController(edit, change, unlockedBy, tasks, () -> {
            prices.refresh();
            prepaid.refresh();
        });
        editor = new ModalityEditor(modalities, from::getText);
        prepaidEditor = new PrepaidOfferEditor(prepaid, from::getText);
        model = new PriceTableModel(prices::changePrice);
        table = new JTable(model);
        table.setName("office.prices.table");
        table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        table.putClientProperty("terminateEditOnFocusLost", Boolean.TRUE);
        table.getAccessibleContext().setAccessibleName("Prices");
        from.setName("office.prices.from");
        fromProblem.setName("office.prices.fromProblem");
        problem.setName("office.prices.problem");
        result.setName("office.prices.result");
        history.setName("office.prices.history");
        history.getAccessibleContext().setAccessibleName("History of price changes");

        JLabel fromLabel = new JLabel("New prices take effect from (YYYY-MM-DD)");
        fromLabel.setLabelFor(from);
        add(fromLabel, "split 3, grow 0");
        add(from, "grow 0, w 110!");
        add(fromProblem, "growx, wmin 0");
        JPanel lower = new JPanel(new MigLayout("insets 0, wrap 1, fill", "[grow, fill]", "[][grow, fill]"));
        lower.add(new JLabel("History of changes, newest first"));
        JScrollPane historyScroll = new JScrollPane(history);
        // Preferred sizes only share out the page: the table gets the most, the history as much as the editor.
        historyScroll.setPreferredSize(new Dimension(460, 160));
        lower.add(historyScroll);
        JTabbedPane editors = new JTabbedPane();
        editors.setName("office.prices.editors");
        editors.addTab("Modalities", editor);
        editors.addTab("Packages and gift cards", prepaidEditor);
        JSplitPane split = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, lower, editors);
        split.setResizeWeight(0.5);
        add(new JScrollPane(table), "wmin 0, hmin 120");
        add(split, "wmin 0, hmin 0");
        add(problem, "wmin 0");
        add(result, "wmin 0");
        from.getDocument().addDocumentListener(new DocumentListener() {
            @Override
            public void insertUpdate(DocumentEvent e) {
                typedDay();
            }

            @Override
            public void removeUpdate(DocumentEvent e) {
                typedDay();
            }

            @Override
            public void changedUpdate(DocumentEvent e) {
                typedDay();
            }
        });
        from.addFocusListener(new FocusAdapter() {
            @Override
            public void focusLost(FocusEvent e) {
                typedDay();
            }
        });
        prices.attach(this);
    }

    private void typedDay() {
        if (!showing) {
            prices.from(from.getText());
        }
    }

    @Override
    public String title() {
        return "Prices";
    }

    @Override
    public void opened() {
        prices.open();
        modalities.open();
        prepaid.open();
    }

    @Override
    public void locked() {
        if (table.isEditing()) {
            table.getCellEditor().cancelCellEditing();
        }
        prices.locked();
        modalities.locked();
        prepaid.locked();
        editor.clear();
        prepaidEditor.clear();
    }

    @Override
    public void show(PricesController.State state) {
        showing = true;
        try {
            if (!from.getText().equals(state.from())) {
                from.setText(state.from());
            }
        } finally {
            showing = false;
        }
        fromProblem.setText(state.fromProblem().isEmpty() ? " " : state.fromProblem());
        model.replace(state.rows());
        table.setEnabled(state.loaded() && !state.busy());
        problem.setText(state.problem().isEmpty() ? " " : state.problem());
        result.setText(state.result().isEmpty() ? " " : state.result());
        if (!historyLines.isEmpty() || !state.history().isEmpty()) {
            historyLines.clear();
            state.history().forEach(historyLines::addElement);
        }
    }
}
