import { render } from 'preact';
import { Popup } from '@/components/Popup';
import { requestPersistentStorage } from '@/lib/ui/persist';
import './style.css';

render(<Popup />, document.getElementById('app')!);

void requestPersistentStorage();
