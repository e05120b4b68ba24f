package org.jianfu.platform;

/** Implemented by the security principal, so modules can get the {@link Actor} without knowing identity. */
public interface ActorHolder {
    Actor actor();
}
