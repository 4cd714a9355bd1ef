package org.homeward.ui.layout;

import java.util.Arrays;

import org.homeward.demo.DemoMode;
import org.springframework.core.env.Environment;

import com.vaadin.flow.component.html.Div;

/** Says plainly on every screen that this is demo mode with synthetic data. */
public class DemoBanner extends Div {

    public DemoBanner(String text) {
        super(text);
        addClassName("demo-banner");
        setId("demo-banner");
    }

    public static boolean isDemo(Environment environment) {
        return Arrays.asList(environment.getActiveProfiles()).contains(DemoMode.PROFILE);
    }
}
