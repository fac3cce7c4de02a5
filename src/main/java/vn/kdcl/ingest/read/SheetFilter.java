package vn.kdcl.ingest.read;

/** Decides which sheets are worth loading: the instructions and lists sheets never are. */
final class SheetFilter {

    private SheetFilter() {
    }

    static boolean load(String name, boolean hidden) {
        SheetRole role = SheetRole.byName(name);
        if (role == SheetRole.IGNORED) {
            return false;
        }
        // hidden sheets hold dropdown lists unless their name says they are one of ours
        return !hidden || role != SheetRole.UNKNOWN;
    }
}
