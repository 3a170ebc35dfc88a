import './ui/elements/fc-app';
