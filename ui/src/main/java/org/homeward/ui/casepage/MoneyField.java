package org.homeward.ui.casepage;

import java.math.BigDecimal;
import java.util.List;

import org.homeward.casefile.Money;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;

/** An amount with its currency; the currencies the programme's countries use come first. */
class MoneyField extends CustomField<Money> {

    static final List<String> CURRENCIES = List.of("USD", "IDR", "KES", "UGX", "ETB", "PHP", "EUR", "THB", "MMK",
            "KHR", "LAK");

    final BigDecimalField amount = new BigDecimalField();
    final ComboBox<String> currency = new ComboBox<>();

    MoneyField(String label, String amountLabel, String currencyLabel) {
        setLabel(label);
        amount.setAriaLabel(amountLabel);
        amount.setWidth("10em");
        currency.setAriaLabel(currencyLabel);
        currency.setItems(CURRENCIES);
        currency.setAllowCustomValue(false);
        currency.setWidth("7em");
        amount.addValueChangeListener(change -> updateValue());
        currency.addValueChangeListener(change -> updateValue());
        HorizontalLayout layout = new HorizontalLayout(amount, currency);
        layout.setSpacing(true);
        layout.setPadding(false);
        add(layout);
    }

    @Override
    protected Money generateModelValue() {
        BigDecimal value = amount.getValue();
        String code = currency.getValue();
        return value == null && code == null ? null : new Money(value, code);
    }

    @Override
    protected void setPresentationValue(Money money) {
        amount.setValue(money == null ? null : money.amount());
        currency.setValue(money == null ? null : money.currency());
    }
}
