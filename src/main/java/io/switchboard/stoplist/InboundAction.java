package io.switchboard.stoplist;

/** What an inbound SMS does to the stop list of the contact point that received it. */
public enum InboundAction {
    OPT_OUT, OPT_IN, HELP, REVIEW, NONE
}
