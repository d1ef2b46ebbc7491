package dev.jborrow.processor.check.api;

import dev.jborrow.processor.dataflow.LiveHolders;
import dev.jborrow.processor.errors.Spans;
import dev.jborrow.processor.ir.BodyEffects;
import dev.jborrow.processor.ir.ConstructorArguments;
import dev.jborrow.processor.lower.BodyContext;

/**
 * One body as the checks see it: what it is, its effects, its liveness and its moves into
 * constructors (each found once, for all the checks that ask) and where its diagnostics point.
 */
public record LoweredBody(BodyContext context, BodyEffects effects, LiveHolders live,
    ConstructorArguments constructors, Spans spans) {}
