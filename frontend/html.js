// React comes from the WebJar loaded by index.html as a global; `h` stands in for JSX.
const React = window.React;

export const h = React.createElement;
export const Fragment = React.Fragment;
export const { useState, useEffect, useMemo, useCallback, useRef, useContext, createContext } = React;
