/**
 * 待办: the home screen. Each module contributes the items waiting for a user through a
 * {@link org.jianfu.todo.TodoSource} bean; this module merges and orders them, knowing no module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "待办 todo")
package org.jianfu.todo;
