package dev.concord.qa;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * What a consistency check remembers of a file, in bounded room: for each distinct key (a 64-bit hash of a source or
 * target text), the 32-bit hash of what went with it first and the id of the unit where it was first seen. About 45
 * bytes per distinct text, whatever its length, so that a 200 MB file is checked in a few megabytes. Thread-safe.
 */
final class FirstSeen {
    private long[] keys = new long[1024];
    private long[] values = new long[1024];
    private boolean[] used = new boolean[1024];
    private int size;
    /** The units' ids, first seen first, as UTF-8 one after another: a few bytes each rather than a String's 50. */
    private byte[] idBytes = new byte[8192];
    private int[] idStarts = new int[1025];
    private int idCount;

    /** What was first seen with a key: the hash of its partner text and the unit's id. */
    record Entry(int partnerHash, String unitId) {
    }

    /** The entry for {@code key}, or null after recording ({@code partnerHash}, {@code unitId}) as its first. */
    synchronized Entry putIfAbsent(long key, int partnerHash, String unitId) {
        int slot = slot(key);
        if (used[slot]) {
            long v = values[slot];
            return new Entry((int) (v >>> 32), idAt((int) v));
        }
        used[slot] = true;
        keys[slot] = key;
        values[slot] = ((long) partnerHash << 32) | addId(unitId);
        if (++size * 2 > keys.length) {
            grow();
        }
        return null;
    }

    private int addId(String id) {
        byte[] b = id.getBytes(StandardCharsets.UTF_8);
        int start = idStarts[idCount];
        if (start + b.length > idBytes.length) {
            idBytes = Arrays.copyOf(idBytes, Math.max(start + b.length, idBytes.length * 2));
        }
        System.arraycopy(b, 0, idBytes, start, b.length);
        if (idCount + 2 > idStarts.length) {
            idStarts = Arrays.copyOf(idStarts, idStarts.length * 2);
        }
        idStarts[++idCount] = start + b.length;
        return idCount - 1;
    }

    private String idAt(int i) {
        return new String(idBytes, idStarts[i], idStarts[i + 1] - idStarts[i], StandardCharsets.UTF_8);
    }

    private int slot(long key) {
        int mask = keys.length - 1;
        int i = (int) (mix(key) & mask);
        while (used[i] && keys[i] != key) {
            i = (i + 1) & mask;
        }
        return i;
    }

    private void grow() {
        long[] oldKeys = keys;
        long[] oldValues = values;
        boolean[] oldUsed = used;
        keys = new long[oldKeys.length * 2];
        values = new long[oldKeys.length * 2];
        used = new boolean[oldKeys.length * 2];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldUsed[i]) {
                int s = slot(oldKeys[i]);
                used[s] = true;
                keys[s] = oldKeys[i];
                values[s] = oldValues[i];
            }
        }
    }

    private static long mix(long k) {
        k ^= k >>> 33;
        k *= 0xff51afd7ed558ccdL;
        k ^= k >>> 33;
        return k;
    }

    /** A 64-bit hash of a text (FNV-1a over its characters). */
    static long hash64(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }

    /** Whitespace collapsed and trimmed: texts that differ only in spacing are the same text here. */
    static String normalize(String s) {
        if (isNormal(s)) {
            return s; // most texts: no copy
        }
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0') {
                space = sb.length() > 0;
            } else {
                if (space) {
                    sb.append(' ');
                    space = false;
                }
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** True when {@link #normalize} would return the text as it is: single spaces between words, none at the ends. */
    private static boolean isNormal(String s) {
        boolean space = true; // a space at the start is not normal
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ') {
                if (space) {
                    return false;
                }
                space = true;
            } else if (c == '\u00A0' || Character.isWhitespace(c)) {
                return false;
            } else {
                space = false;
            }
        }
        return !space || s.isEmpty();
    }

    @Override
    public String toString() {
        return "FirstSeen[" + size + " keys, " + Arrays.toString(new int[] {keys.length}) + " slots]";
    }
}
