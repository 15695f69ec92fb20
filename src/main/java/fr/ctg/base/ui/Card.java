package fr.ctg.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;

/** A titled box of a page ({@code ctg-card}), full width. */
public class Card extends Div {

    public Card(String title, Component... content) {
        add(new H3(title));
        add(content);
        addClassName("ctg-card");
        setWidthFull();
    }
}
