package io.switchboard.outbound;

/** A send refused by the decision: answered with the refusal's status and the reason, nothing sent. */
public class OutboundRefused extends RuntimeException {
    public final OutboundDecision.Refusal refusal;

    public OutboundRefused(OutboundDecision.Refusal refusal, String reason) {
        super(reason);
        this.refusal = refusal;
    }
}
