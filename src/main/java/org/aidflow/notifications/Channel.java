package org.aidflow.notifications;

/** Where a person may be reached outside AidFlow: e-mail, or the deployment's WeCom, DingTalk or Feishu group robot. */
public enum Channel {
    EMAIL, WECOM, DINGTALK, FEISHU
}
