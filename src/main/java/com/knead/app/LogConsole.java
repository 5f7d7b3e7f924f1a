package com.knead.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.filter.ThresholdFilter;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;

/**
 * Knead's logging set up in code rather than from an XML file: parsing logback.xml cost about half
 * a second of every start. Warnings and errors go to the terminal as one line each, never with a
 * stack trace (the person at the terminal gets the plain sentence); {@link LogFile} adds the full
 * log, stack traces included, in the data folder. A logback-test.xml or logback.xml on the class path still wins (lower rank).
 */
@ConfiguratorRank(ConfiguratorRank.FALLBACK + 1)
public final class LogConsole extends ContextAwareBase implements Configurator {

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%d{HH:mm:ss.SSS} %-5level %logger{20} - %msg%n%nopex");
        encoder.start();
        ThresholdFilter warnings = new ThresholdFilter();
        warnings.setLevel("WARN");
        warnings.start();
        ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
        console.setContext(context);
        console.setName("STDERR");
        console.setTarget("System.err");
        console.setEncoder(encoder);
        console.addFilter(warnings);
        console.start();
        context.getLogger("org.flywaydb").setLevel(Level.WARN);
        context.getLogger("net.sf.jasperreports").setLevel(Level.WARN);
        ch.qos.logback.classic.Logger root = context.getLogger(ch.qos.logback.classic.Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        root.addAppender(console);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }
}
